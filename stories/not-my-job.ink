# title: Not My Job
# summary: On month-end afternoon a team leader from Customer Care turns up at your desk with a stuck refund that belongs to another team, and your own deadline is two hours away.
# role: Finance analyst in Accounts Payable
# setting: office
# customer: Nadia Haddad
# pronouns: she/her
# look: Nadia Haddad: hijab
# minutes: 7

// What carries from one decision to the next:
// trust: how far Nadia believes Finance is on her side; it decides how the week after ends.
// minutes: minutes of your own month-end afternoon spent on her; they decide how late your accruals are.
// taught: Nadia found the card reference herself, so her team can do it without you next time.
// on_time: the refund made the three o'clock run and lands on Thursday.
// fix: you and Nadia asked your managers to name cover for the refunds inbox.
VAR trust = 0
VAR minutes = 0
VAR taught = false
VAR on_time = false
VAR fix = false
VAR week = ""
// richard_ok: Richard heard about your late accruals in time to plan around them, or Priya covered.
VAR richard_ok = false

-> arrive

// ---------------------------------------------------------------
// Decision 1: someone at your desk on the worst afternoon of the month. Two fair answers, one wall.
// ---------------------------------------------------------------
=== arrive ===
Quarter to two on the last working day of the month. The finance floor is quiet in the way it only is at month-end: heads down, headphones on. #scene: office
Your accruals schedule is due to Richard, the financial controller, at four. You have about two hours of work left, if nothing goes wrong.
Someone is hovering at the end of your desk with a laptop under one arm and a lanyard that says Customer Care.
Sorry. Are you Finance? I'm Nadia, I lead the care team downstairs. I've been sent to three desks already and someone said try you. #speaker: Nadia Haddad #mood: worried
* [Tell her refunds belong to Accounts Receivable, by the window #community -2 #barrier: not-my-job #feedback: It is accurate, and it is exactly the not-my-job answer she has already heard twice. Everybody who serves a customer is your customer too.]
    Refunds are Accounts Receivable. They're the bank of desks by the window. #speaker: You
    -> bounced
* [Ask for two minutes to finish this line, then listen #listening +1 #stewardship +1 #feedback: Saying when you will be free, and then keeping to it, protects the work Richard is relying on without brushing her off.]
    Give me two minutes to finish this line and I'm all yours. Grab that chair. #speaker: You
    She sits. You save, close the spreadsheet, and turn round. She has used the two minutes to open everything she has on her laptop. #mood: calm
    ~ trust = trust + 1
    -> need
* [Stop mid-formula, turn round and ask what happened #listening +2 #empathy +2 #stewardship -1 #feedback: Turning to face someone says her problem matters before you know what it is. It costs you your place in the spreadsheet, and five minutes finding it again later.]
    You take your hands off the keyboard and turn your chair. What's happened? #speaker: You
    Thank you. You're the first person who's asked that. #speaker: Nadia Haddad #mood: calm
    ~ trust = trust + 1
    ~ minutes = minutes + 5
    -> need

=== bounced ===
That's where I've just been. Kwame's on leave, and Sue doesn't work Tuesdays. You're the third desk I've been sent to. #speaker: Nadia Haddad #mood: frustrated
She turns to go.
* [Call her back, say sorry, and ask what she needs #empathy +1 #community +1 #feedback: Catching your own brush-off and undoing it is worth a lot. An apology and a question turn you from the third wall into the first door.]
    Wait. Sorry, that was a rubbish answer. What do you need? #speaker: You
    She hesitates, then pulls the chair over. #mood: calm
    -> need
* [Give her Sue's email, and suggest she marks it urgent #empathy -1 #barrier: not-my-job #feedback: It points her somewhere real, and it sends her away with the problem still in her arms. The help was sitting in this chair.]
    Sue's back tomorrow. If you email her and mark it urgent, she'll see it first thing. #speaker: You
    She goes. Twenty minutes later a message appears in the finance channel. #sfx: message-ping
    Does anyone in Finance approve refunds today? A customer can't pay his staff on Friday without it. #speaker: Nadia Haddad
    Nobody answers. You read it twice, then go down to the second floor and find her.
    ~ trust = trust - 1
    ~ minutes = minutes + 15
    -> need

// ---------------------------------------------------------------
// Decision 2: what she needs. She has told it three times today already.
// ---------------------------------------------------------------
=== need ===
The customer is Tomasz Nowak, who runs a bakery with six staff. Eight days ago Halden Supplies charged his card twice for his oven service contract: two thousand four hundred pounds, twice.
Nadia sent the refund request to the shared refunds inbox four days ago. Nothing happened. He pays wages on Friday.
He was lovely about it last week. Today he was nearly in tears on the phone, and I didn't know what to tell him. #speaker: Nadia Haddad #mood: worried
You open the refunds inbox. Her request is there, marked incomplete.
* [Ask what she's tried, and when the money must land #listening +2 #empathy -1 #feedback: Two questions give you the real deadline and show you why it stalled. They also make her tell it for the fourth time today, and it shows.]
    What have you tried, and when does the money actually need to land? #speaker: You
    Nadia closes her eyes for a second, then tells it again.
    The inbox, twice. Kwame's team. Then you. And it has to be in his account by Thursday, because wages go out first thing Friday. #speaker: Nadia Haddad
    Refunds in today's three o'clock payment run land on Thursday. Anything later lands on Friday afternoon. And the request is incomplete because it has no card transaction reference.
    ~ trust = trust + 1
    ~ minutes = minutes + 10
    -> teach
* [Promise to do it properly after four, once your accruals are in #empathy -1 #listening -1 #barrier: protect-workflow #feedback: Protecting your deadline is legitimate. You decided before asking when his money has to land, and after four misses today's payment run.]
    I can do it properly at four, once my accruals are in. #speaker: You
    At four? Will that still get to him by Thursday? #speaker: Nadia Haddad
    You check. It won't. The three o'clock run lands on Thursday, the next one on Friday afternoon. And the request is stuck because it has no card transaction reference.
    ~ trust = trust - 1
    -> teach
* [Put your accruals aside and take the whole refund on yourself #empathy +2 #stewardship -1 #growth -1 #feedback: Generous and fast, and it quietly costs the deadline Richard is relying on. Nadia leaves no wiser about why it stuck, so the next one will stick too.]
    Leave it with me. I'll sort it. #speaker: You
    Really? Oh, thank you. #speaker: Nadia Haddad #mood: calm
    You dig in. The request is stuck because it has no card transaction reference, and today's three o'clock payment run is the last one that reaches him by Thursday.
    ~ minutes = minutes + 30
    -> teach

// ---------------------------------------------------------------
// Decision 3: teach her, or do it for her.
// ---------------------------------------------------------------
=== teach ===
The missing reference lives in the card payments portal. Customer Care has logins for it. Nadia has had one for a year and has never needed it.
It is {minutes >= 30: twenty-five|five} past two.
* [Find it yourself in the portal: quicker than explaining #stewardship +1 #growth -1 #feedback: Two minutes instead of ten, and your deadline is safer. The next stuck refund will walk back to your desk, because nothing has changed for the person who raises them.]
    You find the payment in two minutes and paste the reference into the form.
    That's it? That's what held it up for four days? #speaker: Nadia Haddad
    -> approval
* [Talk her through finding it on her own laptop #growth +2 #stewardship -1 #feedback: She learns the step that stalled her, and the next one will not need you. It takes ten minutes of an afternoon you do not have.]
    Open the card portal. Search his card's last four digits and the date. Now the long number under Transaction, that's what we need. #speaker: You
    She finds it on the second try and pastes it in herself. #mood: calm
    Four days, for one number. I'm showing my whole team this. #speaker: Nadia Haddad
    ~ taught = true
    ~ trust = trust + 1
    ~ minutes = minutes + 10
    -> approval
* [Send her the link to the refunds procedure, section four #empathy -2 #barrier: no-assistance #feedback: The procedure is real, and fourteen pages at a moment like this is a wall, not a hand. Show the one step she is missing, then point her to the rest.]
    Everything you need is in the refunds procedure. I'll send you the link. Section four. #speaker: You
    She scrolls for a long time. Then she asks you which field section four means, and you show her. #mood: frustrated
    ~ trust = trust - 1
    ~ minutes = minutes + 10
    -> approval

// ---------------------------------------------------------------
// Decision 4: the second approver. The side road starts here.
// ---------------------------------------------------------------
=== approval ===
The refund is raised. Over a thousand pounds, it needs two approvers. You are one.
The only other approver in today is Richard. At nine this morning he messaged the team: month-end, please don't interrupt me unless something is on fire.
The payment run closes at three.
* [Leave it in Richard's queue for when he surfaces #stewardship +1 #foresight -2 #feedback: Respecting his focus is fair. A queue he will not open until five misses the three o'clock run, and Tomasz's wages with it.]
    -> late
* [Ask Nadia's manager to chase Richard: it's her team's customer #community -2 #barrier: not-my-job #feedback: It keeps you out of Richard's way, and it makes two more people relay a message you could have sent in one sentence. Passing the chase back is a politer not my job.]
    She rings her manager. Her manager rings Richard. At ten to three the approval arrives, with a one-line message copied to you. #sfx: message-ping
    Next time, just ask me directly. #speaker: Richard
    Nadia looks at the floor. She had to go over your head to her own boss for it. #mood: worried
    ~ trust = trust - 1
    ~ on_time = true
    -> inbox
* [Message Richard one short case: who, how much, why today #persuasion +2 #community -1 #feedback: A clear, short case gives him everything he needs to say yes in one click. It still breaks the focus he asked you to protect.]
    Refund 2,400 for a customer we double-charged. His wages depend on it. Needs your approval before the 3pm run. Everything is attached. #speaker: You
    Twelve minutes later the approval comes through. #sfx: message-ping
    Done. I'd still like those accruals at four. #speaker: Richard
    ~ on_time = true
    -> inbox

// ---------------------------------------------------------------
// Decision 5: the gap that caused it.
// ---------------------------------------------------------------
=== inbox ===
The refund drops into the three o'clock run. It will reach Tomasz on Thursday.
Nadia lets out a breath she seems to have been holding since lunch. #mood: relieved
Can I say something? This is the third refund this month that's sat in that inbox. When Kwame's away nobody owns it, and my team don't know what Finance needs from them. #speaker: Nadia Haddad
* [Agree it needs fixing, but say you can't take it on today #stewardship +1 #community -1 #feedback: Being honest about your limits is fair on a deadline day. A gap two people have both seen will stay open if neither writes it down.]
    You're right. It does need fixing. Just not by me, not today. #speaker: You
    No. Fair enough. #speaker: Nadia Haddad
    -> deadline
* [Offer to watch the inbox yourself until Kwame is back #community +2 #foresight -2 #feedback: A generous offer that helps her this week, and she loves it. It hides the gap rather than closing it, and your own work is what pays for it.]
    I'll check it every morning till he's back. #speaker: You
    Would you? That would be amazing. #speaker: Nadia Haddad #mood: delighted
    ~ trust = trust + 1
    -> deadline
* [Draft three lines to both managers, together #community +2 #foresight +1 #stewardship -1 #feedback: You have both seen the same gap from opposite sides, which is exactly what a fix needs. It costs five more minutes of your accruals.]
    You each write three lines. She copies her manager, you copy Richard. It takes five minutes.
    I've worked here two years and never once written to Finance about anything but a complaint. #speaker: Nadia Haddad
    ~ fix = true
    ~ trust = trust + 1
    ~ minutes = minutes + 5
    -> deadline

// ---------------------------------------------------------------
// Decision 6: your own deadline. Richard does not simply say yes.
// ---------------------------------------------------------------
=== deadline ===
Nadia goes back downstairs. It is ten past three.
{minutes >= 30: Your accruals are barely started. Four o'clock was never going to happen after an afternoon like this one.|Your accruals are less than half done, and four o'clock is not going to happen.}
* [Say nothing and work flat out, hoping to make four #foresight -2 #community -1 #feedback: Sometimes the sprint works. When it does not, the person depending on you finds out at the last minute with no time to adjust.]
    At four twenty-five you send the file. Richard's reply is instant.
    I was about to come and find you. #speaker: Richard
    -> nextweek
* [Tell Richard now: half past four, and why #foresight +1 #stewardship +3 #feedback: An early warning holds his plan in trust: bad news at three is information, at five to four it is a problem.]
    Half four doesn't work. Group locks the numbers at quarter past. Send me the provisions by four and the rest by quarter past. #speaker: Richard
    It is not the yes you asked for. It is a plan you can meet, and you meet it.
    ~ richard_ok = true
    -> nextweek
* [Ask Priya to take the two simplest accruals for you #community +2 #stewardship -1 #feedback: Asking for help is the other half of giving it. It costs Priya her afternoon, and you owe her one tomorrow.]
    Sure. You owe me a coffee, though. And my invoices tomorrow. #speaker: Priya
    ~ richard_ok = true
    {minutes >= 30: Even with Priya's two, the file goes to Richard at twenty past four.|The file goes to Richard at five past four.}
    -> nextweek

// ---------------------------------------------------------------
// Decision 7: a week later. Nadia's week is already decided; this adds what comes after.
// ---------------------------------------------------------------
=== nextweek ===
A week later, on a quiet Wednesday morning, your screen pings. #sfx: message-ping
Morning! Leon, who's new on my team, has a customer overcharged a hundred and eighty pounds on delivery. He wants to know how refunds work. Could you approve it? #speaker: Nadia Haddad #mood: calm
{taught: The form is complete, card reference and all.|The card reference box is empty again.}
{trust >= 4: Also, Tomasz sent us a box of pastries. There's a custard slice with your name on it. #speaker: Nadia Haddad}
Refunds under a thousand need one approver. Kwame is back from leave.
* [Approve it now, and say send them to you any time #community +2 #foresight -2 #feedback: Warm and quick, and she will love you for it. You become a private shortcut, and the day you are on holiday the refunds stall again.]
    ~ week = "goto"
    -> week_end
* [Approve it, and offer her team a twenty-minute session #growth +2 #community +1 #feedback: One session turns a favour into a skill a whole team keeps. The test of serving is whether the people you served can now do it without you.]
    ~ week = "session"
    -> week_end
* {taught} [Ask Nadia to walk Leon through it, then approve #growth +3 #stewardship +1 #feedback: The ten minutes you spent teaching her pay out now: she teaches Leon, and the skill spreads without you in the room.]
    ~ week = "leon"
    -> week_end
* [Forward it to the refunds inbox: Kwame is back #stewardship +2 #community -2 #feedback: It is the proper route, and proper routes matter. A one-line forward to someone who went out of her way for you feels like a door closing.]
    ~ week = "forward"
    -> week_end

=== week_end ===
{trust >= 4 && taught && on_time && fix && richard_ok: -> ending_best}
-> ending_paid

// ---------------------------------------------------------------
// The side road: the missed payment run.
// ---------------------------------------------------------------
=== late ===
You leave it in his queue and go back to your accruals.
At twenty past three Nadia is back at your desk, out of breath from the stairs.
The system says next payment run, tomorrow. That lands on Friday afternoon. He pays his staff on Friday morning. #speaker: Nadia Haddad #mood: angry
* [Ask Richard for a same-day payment: only he can authorise it #persuasion +1 #stewardship -1 #feedback: It costs Richard ten minutes and the firm a bank fee, and it keeps faith with Tomasz. Asking late is still better than not asking.]
    -> manual
* [Tell her it goes in tomorrow's run: nothing more today #empathy -2 #barrier: defensive #barrier: rigid-systems #feedback: It is true as far as the system goes, and it is the defensive answer customers dread. There was something more: there almost always is.]
    That's the system, I'm afraid. Tomorrow's run is the earliest. #speaker: You
    -> friday
* [Ring Tomasz with her now, and give him a firm date #empathy +1 #community +1 #feedback: Facing him together is honest and shares the weight. It does not get the money there any sooner.]
    You ring him together. He listens, says thank you for telling him straight, and says he will have to ask his staff to wait.
    Thank you for coming with me. #speaker: Nadia Haddad #mood: worried
    -> friday

=== manual ===
You walk into Richard's office. He listens with his eyes still on his screen, then turns round.
A same-day payment. Twenty-five pounds in fees and my afternoon. #speaker: Richard
He does it. The money will reach Tomasz tonight.
Oh, thank goodness. #speaker: Nadia Haddad #mood: relieved
* [Thank Richard, and admit you should have asked at half two #community +2 #feedback: Owning the slip in the same breath as the thanks keeps trust intact. He will remember the honesty longer than the interruption.]
    -> ending_manual
* [Thank Richard, and get straight back to your accruals #stewardship +1 #feedback: Your deadline is real, and now it is later still. A word about what went wrong would have taken ten seconds.]
    -> ending_manual

=== friday ===
Nadia stands there a moment longer.
OK. I'll tell my manager. #speaker: Nadia Haddad #mood: frustrated
* [Write to both managers about the unowned refunds inbox #community +1 #foresight +1 #feedback: You cannot undo today, and you can make it the last time. Turning a failure into a fix is how trust between teams gets rebuilt.]
    -> ending_friday
* [Get back to your accruals: nothing left to do today #stewardship +1 #community -1 #feedback: Your deadline is real. The gap that caused this is still open, and the next person through it will be someone else's Tomasz.]
    -> ending_friday

// ---------------------------------------------------------------
// Endings: Nadia's part follows trust, the payment run and what she learned; the week adds the rest.
// ---------------------------------------------------------------
=== ending_best ===
Tomasz's money landed that Thursday. He paid his staff on Friday as usual, and never learned that Halden has a finance floor, or that it took three desks and one number.
-> epilogue

=== ending_paid ===
Tomasz's money landed that Thursday, and his staff were paid on Friday as usual.
{trust >= 2: Nadia sends a thumbs-up in the finance channel.|Nadia does not come up to the finance floor again. When Customer Care needs Finance, they open a ticket, and wait.}
-> epilogue

=== epilogue ===
{
- week == "goto":
    Nadia's team learns fast that you are the one who says yes. By August you are approving four refunds a day. The week you take off, eleven sit untouched, and nobody else knows why they go to you.
- week == "session":
    On Friday you run the session in the care team's corner, with the card portal on a big screen. Leon asks the best questions.
- week == "leon":
    Nadia shows Leon the portal herself. A month later, Leon shows the next new starter. Nobody asks you.
- else:
    Kwame approves Leon's refund the next afternoon, correctly. The custard slice stays in the fridge downstairs.
}
{fix: The next month the refunds inbox gets a named owner and a one-page checklist for Customer Care.|When Kwame next goes on leave, the refunds inbox has no name on it again.}
{
- trust >= 4 && taught && on_time && fix && richard_ok:
    Nadia never mentions that Tuesday again. Her team's refunds simply arrive complete. #mood: calm #ending: Everybody's customer #outcome: better-off
- trust >= 2:
    #mood: calm #ending: Paid, and passed along #outcome: better-off
- else:
    #mood: frustrated #ending: Paid, and passed along #outcome: no-better
}
-> END

=== ending_manual ===
Tomasz's money lands that evening, and his staff are paid on Friday morning as usual.
Your accruals reach Richard at five to five, five minutes before the group deadline. He says nothing about it, which is worse than saying something.
The next week Nadia sends a thank-you to the whole finance channel, and names Richard first. #mood: relieved #ending: Rescued at the last minute #outcome: better-off
-> END

=== ending_friday ===
The refund lands on Friday afternoon. Tomasz pays his staff four hours late, with an apology and a tray of pastries of his own.
He keeps his oven contract with Halden. He does not renew the delivery account. #mood: frustrated
Your accruals went in on time. #ending: On time, and too late #outcome: worse-off
-> END
