# title: Not My Job
# summary: On month-end afternoon a team leader from Customer Care turns up at your desk with a stuck refund that belongs to another team, and your own deadline is two hours away.
# role: Finance analyst in Accounts Payable
# setting: office
# customer: Nadia Haddad
# look: Nadia Haddad: hijab
# minutes: 7

-> arrive

// ---------------------------------------------------------------
// Decision 1: someone at your desk on the worst afternoon of the month.
// ---------------------------------------------------------------
=== arrive ===
Quarter to two on the last working day of the month. The finance floor is quiet in the way it only is at month-end: heads down, headphones on. #scene: office
Your accruals schedule is due to Richard, the financial controller, at four. You have about two hours of work left, if nothing goes wrong.
Someone is hovering at the end of your desk with a laptop under one arm and a lanyard that says Customer Care.
Sorry. Are you Finance? I'm Nadia, I lead the care team downstairs. I've been sent to three desks already and someone said try you. #speaker: Nadia Haddad #mood: worried
* [Tell her refunds belong to Accounts Receivable, and point her to their desks #stewardship +1 #community -2 #barrier: not-my-job #feedback: It is accurate, and it is exactly the not-my-job answer she has already heard twice. Everybody who serves a customer is your customer too.]
    Refunds are Accounts Receivable. They're the bank of desks by the window. #speaker: You
    -> bounced
* [Ask for two minutes to finish the line you are on, then give her your full attention #listening +1 #awareness +1 #stewardship +1 #feedback: Saying when you will be free, and then keeping to it, protects your own work without brushing her off. Two minutes of honest waiting beats ten of half listening.]
    Give me two minutes to finish this line and I'm all yours. Grab that chair. #speaker: You
    She sits. You save, close the spreadsheet, and turn round. She has used the two minutes to open everything she has on her laptop.
    -> need
* [Stop mid-formula, turn round and ask what has happened #listening +2 #empathy +1 #feedback: Turning to face someone says their problem matters before you know what it is. It costs you your place in the spreadsheet, which is a fair price for the first two minutes.]
    You take your hands off the keyboard and turn your chair. What's happened? #speaker: You
    Thank you. You're the first person who's asked that. #speaker: Nadia Haddad #mood: calm
    -> need

=== bounced ===
That's where I've just been. Kwame's on leave, and Sue doesn't work Tuesdays. You're the third desk I've been sent to. #speaker: Nadia Haddad #mood: frustrated
She turns to go.
* [Call her back, say sorry, and ask what she needs #empathy +1 #healing +1 #feedback: Catching your own brush-off and undoing it is worth a lot. An apology and a question turn you from the third wall into the first door.]
    Wait. Sorry, that was a rubbish answer. What do you need? #speaker: You
    She hesitates, then pulls the chair over. #mood: calm
    -> need
* [Give her Sue's email and suggest she marks it urgent for tomorrow #stewardship +1 #empathy -1 #barrier: not-my-job #feedback: It points her somewhere real, but it sends her away with the problem still in her arms. The help was sitting in this chair.]
    Sue's back tomorrow. If you email her and mark it urgent, she'll see it first thing. #speaker: You
    She goes. Twenty minutes later a message appears in the finance channel. #sfx: message-ping
    Does anyone in Finance approve refunds today? A customer can't pay his staff on Friday without it. #speaker: Nadia Haddad
    Nobody answers. You read it twice, then go down to the second floor and find her.
    -> need

// ---------------------------------------------------------------
// Decision 2: what she needs, and what you need.
// ---------------------------------------------------------------
=== need ===
The customer is Tomasz Nowak, who runs a bakery with six staff. Eight days ago Halden Supplies charged his card twice for his oven service contract: two thousand four hundred pounds, twice.
Nadia sent the refund request to the shared refunds inbox four days ago. Nothing happened. He pays wages on Friday.
He was lovely about it last week. Today he was nearly in tears on the phone, and I didn't know what to tell him. #speaker: Nadia Haddad #mood: worried
You open the refunds inbox. Her request is there, marked incomplete.
* [Ask what she has tried so far, and exactly when the money has to reach him #listening +2 #awareness +1 #feedback: Two questions give you the real deadline and show you why the request stalled. Now you can decide how to spend your afternoon with facts, not guesses.]
    What have you tried, and when does the money actually need to land? #speaker: You
    The inbox, twice. Kwame's team. Then you. And it has to be in his account by Thursday, because wages go out first thing Friday. #speaker: Nadia Haddad
    Refunds in today's three o'clock payment run land on Thursday. Anything later lands on Friday afternoon. And the request is incomplete because it has no card transaction reference.
    -> teach
* [Promise to do it properly after four, once your accruals are in #stewardship +1 #empathy -1 #barrier: protect-workflow #feedback: Protecting your own deadline is legitimate. But you decided before asking when his money has to land, and after four misses today's payment run.]
    I can do it properly at four, once my accruals are in. #speaker: You
    At four? Will that still get to him by Thursday? #speaker: Nadia Haddad
    You check. It won't. The three o'clock run lands on Thursday, the next one on Friday afternoon. And the request is stuck because it has no card transaction reference.
    -> teach
* [Put your accruals aside and take the whole refund on yourself #empathy +2 #stewardship -1 #growth -1 #feedback: Generous and fast, but it quietly costs your own deadline. And Nadia leaves no wiser about why it stuck, so the next one will stick too.]
    Leave it with me. I'll sort it. #speaker: You
    Really? Oh, thank you. #speaker: Nadia Haddad #mood: calm
    You dig in. The request is stuck because it has no card transaction reference, and today's three o'clock payment run is the last one that reaches him by Thursday.
    -> teach

// ---------------------------------------------------------------
// Decision 3: teach her, or do it for her.
// ---------------------------------------------------------------
=== teach ===
The missing reference lives in the card payments portal. Customer Care has logins for it. Nadia has had one for a year and has never needed it.
It is five past two.
* [Find it yourself in the portal, since that is quicker than explaining #empathy +1 #growth -1 #feedback: Quick, and today it works. But the next stuck refund will walk back to your desk, because nothing has changed for the person who raises them.]
    You find the payment in two minutes and paste the reference into the form.
    That's it? That's what held it up for four days? #speaker: Nadia Haddad
    -> approval
* [Talk her through finding it on her own laptop while you pick up your accruals #growth +2 #community +1 #feedback: She learns the step that stalled her, and you get your hands back on your own work. Do those served grow? Next time she will not need you.]
    Open the card portal. Search his card's last four digits and the date. Now the long number under Transaction, that's what we need. #speaker: You
    She finds it on the second try and pastes it in herself. #mood: calm
    Four days, for one number. I'm telling my whole team about this. #speaker: Nadia Haddad
    -> approval
* [Send her the link to the refunds procedure and ask her to resubmit the form properly #growth +1 #empathy -2 #barrier: no-assistance #feedback: The procedure does teach, but fourteen pages at a moment like this is a wall, not a hand. Show the one step she is missing, then point her to the rest.]
    Everything you need is in the refunds procedure. I'll send you the link. Section four. #speaker: You
    She scrolls for a long time. Then she asks you which field section four means, and you show her. #mood: frustrated
    -> approval

// ---------------------------------------------------------------
// Decision 4: the second approver. The side road starts here.
// ---------------------------------------------------------------
=== approval ===
At twenty-five past two the refund is raised. Over a thousand pounds, it needs two approvers. You are one.
The only other approver in today is Richard. At nine this morning he messaged the team: month-end, please don't interrupt me unless something is on fire.
The payment run closes at three.
* [Leave it in Richard's approval queue for when he surfaces #stewardship +1 #foresight -2 #feedback: Respecting his focus is fair. But a queue he will not open until five misses the three o'clock run, and Tomasz's wages with it.]
    -> late
* [Ask Nadia to have her own manager chase Richard, since it is her team's customer #stewardship +1 #community -2 #barrier: not-my-job #feedback: It keeps you out of Richard's way, but it makes two more people relay a message you could have sent in one sentence. Passing the chase back is a politer not my job.]
    She rings her manager. Her manager rings Richard. At ten to three the approval arrives, with a one-line message copied to you. #sfx: message-ping
    Next time, just ask me directly. #speaker: Richard
    -> inbox
* [Message Richard one short, complete case: the customer, the amount, why it must go today #persuasion +2 #stewardship +1 #feedback: A clear, short case respects his focus and gives him everything he needs to say yes in one click. Interrupting well is a skill, not a rudeness.]
    Refund 2,400 for a customer we double-charged. His wages depend on it. Needs your approval before the 3pm run. Two minutes, everything is attached. #speaker: You
    Twelve minutes later the approval comes through. #sfx: message-ping
    Done. Is this why my accruals will be late? #speaker: Richard
    -> inbox

// ---------------------------------------------------------------
// Decision 5: the gap that caused it.
// ---------------------------------------------------------------
=== inbox ===
The refund drops into the three o'clock run. It will reach Tomasz on Thursday.
Nadia lets out a breath she seems to have been holding since lunch. #mood: relieved
Can I say something? This is the third refund this month that's sat in that inbox. When Kwame's away nobody owns it, and my team don't know what Finance needs from them. #speaker: Nadia Haddad
* [Agree it needs fixing, but say honestly that you cannot solve it today #stewardship +1 #community -1 #feedback: Being honest about your limits is fair on a deadline day. But a gap two people have both seen will stay open if neither writes it down.]
    You're right. It does need fixing. Just not by me, not today. #speaker: You
    No. Fair enough. #speaker: Nadia Haddad
    -> deadline
* [Offer to keep an eye on the inbox yourself until Kwame is back #empathy +1 #community +1 #foresight -1 #feedback: A generous offer that helps her this week. But it hides the gap rather than closing it, and your own work is what pays for it.]
    I'll check it every morning till he's back. #speaker: You
    Would you? That would be amazing. #speaker: Nadia Haddad #mood: delighted
    -> deadline
* [Suggest you both write to your managers today, proposing named cover for the inbox and a one-page checklist for her team #community +2 #conceptualization +1 #foresight +1 #feedback: You have both seen the same gap from opposite sides, which is exactly what a fix needs. Two teams asking together are hard to ignore.]
    You each write three lines. She copies her manager, you copy Richard. It takes five minutes.
    I've worked here two years and never once written to Finance about anything but a complaint. #speaker: Nadia Haddad
    -> deadline

// ---------------------------------------------------------------
// Decision 6: your own deadline.
// ---------------------------------------------------------------
=== deadline ===
Nadia goes back downstairs. It is ten past three. Your accruals are less than half done, and four o'clock is not going to happen.
* [Say nothing and work flat out, hoping to make four #stewardship +1 #foresight -2 #feedback: Sometimes the sprint works. When it does not, the person depending on you finds out at the last minute with no time to adjust.]
    At four twenty-five you send the file. Richard's reply is instant.
    I was about to come and find you. #speaker: Richard
    -> nextweek
* [Tell Richard now that they will be at half past four, and why #foresight +2 #persuasion +1 #feedback: An early warning gives him time to plan around you. Bad news at three is information, and bad news at five to four is a problem.]
    Half four is fine. Thanks for telling me now and not at five to. #speaker: Richard
    -> nextweek
* [Ask Priya on your team to take the two simplest accruals, and offer to cover her invoices tomorrow #community +2 #stewardship +1 #feedback: Asking for help is the other half of giving it. A team that trades favours openly meets deadlines that no single person could.]
    Sure. You owe me a coffee, though. #speaker: Priya
    The file goes to Richard at five past four.
    -> nextweek

// ---------------------------------------------------------------
// Decision 7: a week later. It chooses the ending.
// ---------------------------------------------------------------
=== nextweek ===
A week later, on a quiet Wednesday morning, your screen pings. #sfx: message-ping
Morning! Leon, who's new on my team, has a customer overcharged a hundred and eighty pounds on delivery. Form attached. He wants to know how refunds work. Could you approve it? #speaker: Nadia Haddad #mood: calm
Also, Tomasz sent us a box of pastries. There's a custard slice with your name on it. #speaker: Nadia Haddad
Refunds under a thousand need one approver. Kwame is back from leave.
* [Approve it straight away, and tell her to send them to you any time #empathy +1 #community +1 #foresight -1 #feedback: Warm and quick, and she will love you for it. But you become a private shortcut, and the day you are on holiday the refunds stall again.]
    -> ending_goto
* [Approve it, and offer her whole team a twenty-minute session on getting refunds right first time #growth +2 #community +1 #conceptualization +1 #feedback: One session turns a favour into a skill a whole team keeps. The test of serving is whether the people you served can now do it without you.]
    -> ending_best
* [Forward it to the refunds inbox, now that Kwame is back and it is his team's job #stewardship +2 #community -1 #feedback: It is the proper route, and proper routes matter. But a one-line forward to someone who just went out of her way to thank you feels like a door closing.]
    -> ending_proper

// ---------------------------------------------------------------
// The side road: the missed payment run.
// ---------------------------------------------------------------
=== late ===
You leave it in his queue and go back to your accruals.
At twenty past three Nadia is back at your desk, out of breath from the stairs.
The system says next payment run, tomorrow. That lands on Friday afternoon. He pays his staff on Friday morning. #speaker: Nadia Haddad #mood: angry
* [Ask Richard to send it today as an urgent same-day payment, which only he can authorise #persuasion +1 #healing +1 #feedback: It costs Richard ten minutes and the bank a fee, but it keeps the promise to Tomasz. Asking late is still better than not asking.]
    -> manual
* [Tell her it will go in tomorrow's run, and that there is nothing more you can do today #stewardship +1 #empathy -2 #barrier: defensive #barrier: rigid-systems #feedback: It is true as far as the system goes, and it is the defensive answer customers dread. There was something more: there almost always is.]
    That's the system, I'm afraid. Tomorrow's run is the earliest. #speaker: You
    -> friday
* [Offer to ring Tomasz with her now, so you can explain the delay honestly and give him a firm date #healing +1 #empathy +1 #feedback: Facing him together is honest and shares the weight. It does not get the money there any sooner.]
    You ring him together. He listens, says thank you for telling him straight, and says he will have to ask his staff to wait. #mood: worried
    -> friday

=== manual ===
You walk into Richard's office. He listens with his eyes still on his screen, then turns round.
A same-day payment. Twenty-five pounds in fees and my afternoon. #speaker: Richard
He does it. The money will reach Tomasz tonight.
Oh, thank goodness. #speaker: Nadia Haddad #mood: relieved
* [Thank Richard, and admit you should have asked him at half two #healing +1 #community +1 #feedback: Owning the slip in the same breath as the thanks keeps trust intact. He will remember the honesty longer than the interruption.]
    -> ending_manual
* [Thank Richard, and get straight back to your accruals #stewardship +1 #feedback: Your deadline is real, and now it is later still. A word about what went wrong would have cost you ten seconds.]
    -> ending_manual

=== friday ===
Nadia stands there a moment longer.
OK. I'll tell my manager. #speaker: Nadia Haddad #mood: frustrated
* [Write to both managers about the unowned refunds inbox, so this does not happen to the next customer #community +1 #foresight +1 #feedback: You cannot undo today, but you can make it the last time. Turning a failure into a fix is how trust between teams gets rebuilt.]
    -> ending_friday
* [Get back to your accruals; there is nothing left to do today #stewardship +1 #community -1 #feedback: Your deadline is real, but the gap that caused this is still open, and the next person through it will be someone else's Tomasz.]
    -> ending_friday

// ---------------------------------------------------------------
// Endings
// ---------------------------------------------------------------
=== ending_best ===
On Friday you run the session in the care team's corner, with the card portal on a big screen. Leon asks the best questions. Nadia brings the pastries.
Over the next month, incomplete refund requests fall from one in three to almost none. Kwame asks who trained Customer Care.
You know what Tomasz said? That the refund was the fastest thing anyone had ever done for him. I didn't tell him it took us four days and one number. #speaker: Nadia Haddad #mood: delighted
When you next need something from Customer Care, Nadia answers within the minute. #ending: Everybody's customer
-> END

=== ending_goto ===
Nadia's team learns fast that you are the one who says yes. By the end of the month you are approving four refunds a day.
You're a legend, honestly. #speaker: Nadia Haddad #mood: delighted
In August you take a week off. Eleven refunds sit untouched until you come back, and nobody else knows why they go to you. #ending: The go-to person
-> END

=== ending_proper ===
Kwame approves Leon's refund the next afternoon. It is all done correctly.
OK. Thanks. #speaker: Nadia Haddad #mood: calm
The custard slice stays in the fridge downstairs. Next time Customer Care needs Finance, they open a ticket, and wait. #ending: Back to the proper channel
-> END

=== ending_manual ===
Tomasz's money lands that evening, and his staff are paid on Friday morning as usual.
Your accruals reach Richard at five to five, five minutes before the group deadline. He says nothing about it, which is worse than saying something.
The next week Nadia sends a thank-you to the whole finance channel, and names Richard first. #mood: relieved #ending: Rescued at the last minute
-> END

=== ending_friday ===
The refund lands on Friday afternoon. Tomasz pays his staff four hours late, with an apology and a tray of pastries of his own.
He keeps his oven contract with Halden. He does not renew the delivery account. #mood: frustrated
Your accruals went in on time. #ending: On time, and too late
-> END
