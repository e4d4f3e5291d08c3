# title: The Five-Minute Call
# summary: A recently widowed man rings about a frightening letter on his late wife's energy account, and his call needs far longer than the five minutes your screen allows.
# role: Call-centre agent at an energy supplier
# setting: call-centre
# customer: Winston Clarke
# pronouns: he/him
# look: Winston Clarke: older, short grey hair
# minutes: 8

// What carries from one decision to the next:
// trust: how far Winston believes he is in safe hands; it shapes his replies and how the call ends.
// verified: you have checked who you are speaking to, as the law on account data requires.
// affordable: the plan fits inside the hundred and ten he can pay.
// registered: he is on the Priority Services Register for his insulin.
VAR trust = 0
VAR verified = false
VAR affordable = false
VAR registered = false
VAR debit_set = false
VAR talk = ""

-> call

// ---------------------------------------------------------------
// Decision 1: the first thirty seconds. Script, person, or speed.
// ---------------------------------------------------------------
=== call ===
Tuesday, twenty past two. Nineteen calls are waiting, and the wallboard above your row has turned amber. #scene: call-centre #onstage: nobody
In the corner of your screen a small clock times every call. The target is an average of five minutes. Yours this week is five minutes forty, and Dana, your team leader, has mentioned it twice.
Your headset beeps and the next call drops in. #sfx: phone-ring
Hello? Is that Northgate Energy? I'm sorry, I've never rung you before. I don't know if I've got the right people. #speaker: Winston Clarke #call: Winston Clarke #mood: worried
There's a letter here with red writing at the top. It says something about a meter. #speaker: Winston Clarke
* [Read the security questions word for word before anything else #listening -1 #empathy -1 #barrier: follow-procedures #feedback: The check is a legal duty and it must happen. Reading it first, word for word, tells a nervous caller the system comes first; check who he is once you know why he rang.]
    Before we look at anything I need to take you through security. Can I have the account number and the name on the account? #speaker: You
    The name? Marjorie. Marjorie Clarke. But I'm not her. I'm her husband. I was her husband. #speaker: Winston Clarke
    He is not the account holder, so the script runs out. You take the address and Marjorie's date of birth, mark him as her bereaved husband, and the clock passes two minutes before he has said why he rang.
    ~ verified = true
    -> widow
* [Tell him he has the right people, and ask what has happened #listening +2 #empathy +1 #feedback: One sentence of welcome and an open question let him tell it his own way. What a caller says first usually shows you what matters most to him.]
    You've got the right people, and there's no rush. Tell me what's happened. #speaker: You
    He breathes out, long and slow, as if he has been holding that breath since the post came.
    ~ trust = trust + 1
    -> widow
* [Ask for the reference on the letter so you can help faster #awareness +1 #empathy -1 #feedback: The reference finds the account quickly, which has real value. It also skips past the man holding the letter, and he never gets to say what frightened him.]
    Could you read me the reference number at the top of the letter? Then I can pull it straight up. #speaker: You
    He reads it twice, slowly, because his glasses are in the other room. The account opens. It is in the name of Marjorie Clarke.
    -> widow

// ---------------------------------------------------------------
// Decision 2: the real story. What to answer first.
// ---------------------------------------------------------------
=== widow ===
Marjorie died in February, seven weeks ago. She did the bills, the bank and every envelope with a window in it. He did the garden and the car.
Forty-nine years, and I never once paid a bill. I fixed buses for a living, you know. Give me an engine and I'm fine. This, I don't know where to start. #speaker: Winston Clarke
Our daughter is up in Aberdeen with two little ones. I don't want to put it on her. #speaker: Winston Clarke
Your screen shows the rest. The bank stopped the direct debit when it froze Marjorie's account. Two bills have gone unpaid, three hundred and twelve pounds. The red letter is the automatic warning that a prepayment meter may be fitted.
Are they going to come and put one of those meters in? I've read about those. People sitting in the cold. #speaker: Winston Clarke #mood: worried
The clock says three minutes forty.
{verified: -> fear}
-> check

// ---------------------------------------------------------------
// Decision 2 (after listening): who is on the line. The check is not optional; its order and tone are.
// ---------------------------------------------------------------
= check
The account is Marjorie's. Before you say a word about what is on it, you need to know who you are talking to.
* [Say you need a few details first, in plain words, and why #stewardship +2 #empathy -1 #feedback: Her account holds her details and his debts, and you hold them in trust. Asking after he has told his story, and saying why, makes the check feel like care. It still makes a grieving man find his wife's date of birth.]
    Before I look at the account, I need to check a couple of details, to keep Marjorie's information safe. Her date of birth, and the first line of the address? #speaker: You
    The fourteenth of May, nineteen fifty-one. She'd like that you asked. #speaker: Winston Clarke
    ~ verified = true
    -> fear
* [Skip it: he has her letter and clearly is who he says #empathy +1 #stewardship -2 #feedback: It feels kind, but anyone holding a letter could say the same. Discussing an account with an unchecked caller breaks the duty you owe the account holder, and the system will stop you later anyway.]
    -> fear
* [Tell him you can only discuss the account with the account holder #empathy -2 #barrier: defensive #feedback: True as far as it goes, and said to a widower it shuts the door. Bereavement has its own route: check who he is and note him as her husband.]
    I'm sorry, I can only discuss an account with the account holder. #speaker: You
    She's dead. That's why I'm ringing. #speaker: Winston Clarke #mood: frustrated
    ~ trust = trust - 1
    You apologise, take Marjorie's date of birth and the address, and note him as her husband.
    ~ verified = true
    -> fear

= fear
Are they going to come and put one of those meters in? #speaker: Winston Clarke
* [Say you are sorry, and start moving the account into his name #empathy +1 #foresight +1 #listening -1 #feedback: Condolences and action are both right, and an account in his name stops the next bill going astray. But his question was about the meter. Until that fear is answered he will hear very little else.]
    I'm so sorry about Marjorie. Let's start by putting the account in your name. #speaker: You
    Thank you. But the meter. Are they coming? #speaker: Winston Clarke
    You tell him no, not once a plan is in place. He thanks you, but his voice stays tight.
    -> nudge
* [Read him where the account stands: debit, arrears, warning #awareness +1 #empathy -2 #feedback: The facts are accurate and he needs them in the end, but a list of debts read to a grieving man lands like a verdict. Lead with what will not happen, then give the numbers.]
    So, the direct debit was cancelled on the fourth, there are two bills outstanding, three hundred and twelve pounds, and that's triggered the warning letter. #speaker: You
    Three hundred and twelve pounds. She'd have hated that. She never owed anybody a penny. #speaker: Winston Clarke #mood: frustrated
    You tell him the meter can be stopped. He says all right, but he doesn't sound as if he believes it.
    ~ trust = trust - 1
    -> nudge
* [Tell him nobody will fit a meter, and you'll sort it together #empathy +2 #listening +1 #feedback: Answering the fear he named lets him breathe and think. You can promise it honestly because a payment plan set up today stops the warning.]
    Nobody is going to fit a meter, Mr Clarke. We'll set up a plan today and that stops the letter. Then we'll take the rest one thing at a time. #speaker: You
    Oh. Oh, thank God. I've had that letter on the mantelpiece for four days. #speaker: Winston Clarke #mood: calm
    ~ trust = trust + 1
    -> nudge

// ---------------------------------------------------------------
// Decision 3: the supervisor's nudge. The KPI against the person.
// ---------------------------------------------------------------
=== nudge ===
A message slides into the corner of your screen. #sfx: message-ping
Six minutes on this one and nineteen waiting. If it's a bereavement, send it to Bereavement Support and grab the next one. Thanks. #speaker: Dana
Dana is three desks away, watching the same amber board. Her numbers go to the operations manager every Friday.
I'm sorry, I'm taking up your time. You must have lots of people waiting. #speaker: Winston Clarke
* [Transfer him to Bereavement Support: they are the specialists #empathy -2 #barrier: not-my-job #feedback: Doing what your team leader asks keeps the queue moving, and specialists exist for a reason. But a cold transfer makes him start again with a stranger, after a wait you have not checked.]
    -> queue
* [Send Dana one line on why this call needs ten more minutes #persuasion +2 #community +1 #feedback: A short, clear reason lets your team leader see the call as you do. A nudge is usually about the number on her screen, and a reason gives her something better to work with.]
    You type it in one breath and send it. The reply comes a moment later.
    OK. Your call. #speaker: Dana
    You're not taking up my time, Mr Clarke. This is exactly what I'm here for. #speaker: You
    -> afford
* [Ignore the message and tell him he has all the time he needs #empathy +1 #community -2 #feedback: He hears that he matters, which is the point. Leaving Dana without a reason means she keeps watching a clock she cannot explain, with a queue to plan.]
    You close the message without answering it.
    Take all the time you need. I'm not going anywhere. #speaker: You
    Across the room Dana looks up at the board, then at you, then back at the board.
    -> afford

// ---------------------------------------------------------------
// Decision 4: the money. His budget or the company's plan.
// ---------------------------------------------------------------
=== afford ===
The account is his now, with a note that it is a bereavement. Next comes the arrears.
I want it paid. I don't want to owe anybody. What do I have to pay? #speaker: Winston Clarke
* [Ask what he can manage each month #listening +2 #empathy +1 #feedback: Starting from his budget instead of the company's plan makes the plan one he can keep. A promise he cannot keep is only a second red letter waiting to happen.]
    Before I give you a figure, what could you manage each month, all in, now it's just your pension? #speaker: You
    He goes away from the phone and comes back with a notebook.
    Marjorie's pension stopped when she did. About a hundred and ten a month, all in. That's honest. #speaker: Winston Clarke
    -> plan
* [Explain the standard plan: twelve months on top of his usual bill #listening -1 #barrier: rigid-systems #feedback: Clear numbers are honest and quick to set up. But starting from the company's plan asks him to fit it, and a proud man will often say yes to a sum he cannot pay.]
    The standard plan spreads it over a year. With your usual bill that's a hundred and eighteen pounds a month. #speaker: You
    A hundred and eighteen. Well. If that's what it is. #speaker: Winston Clarke
    There is a long pause. Then, quieter, he says Marjorie's pension stopped when she did, and he'd worked out about a hundred and ten.
    ~ trust = trust - 1
    -> plan

// ---------------------------------------------------------------
// Decision 5: the plan. Your authority, or your team leader's.
// ---------------------------------------------------------------
=== plan ===
You run the numbers. Spread over twelve months, which is as far as you can authorise, the plan comes to a hundred and eighteen a month. Over eighteen months it would be a hundred and nine. Anything past twelve needs a team leader.
The clock says nine minutes thirty.
{not verified:
    The plan screen will not open: caller not verified. You have to stop and ask him for Marjorie's date of birth after all, and he goes quiet.
    ~ trust = trust - 1
}
~ verified = true
* [Ask Dana to approve eighteen months #persuasion +2 #community +1 #empathy -1 #feedback: Dana says no to the shortcut and yes to the proper route: an income and expenditure check. Six more minutes of questions about money for a grieving man, and a plan that will hold.]
    You walk the three desks to Dana with the figures on a sticky note. Widower, one pension, a hundred and ten is his ceiling.
    No. Not past twelve without an income and expenditure check; that's what Friday's audit looks at. Do it with him, and I'll sign it. #speaker: Dana
    So you go back and ask him, gently, about the pension, the council tax, the water, the food. Six minutes. Dana signs.
    A hundred and nine a month, Mr Clarke, and that clears it by next autumn. #speaker: You
    That I can do. That I can really do. #speaker: Winston Clarke #mood: relieved
    ~ affordable = true
    ~ trust = trust + 1
    -> fridge
* [Set up the twelve-month plan you can authorise #empathy -1 #barrier: no-problem-solving #feedback: It is within your authority and quick, but it is not the best you can do: a team leader can go further. A plan eight pounds over his budget is likely to fail in the coldest months.]
    Twelve months is the longest I can set up, so it's a hundred and eighteen. #speaker: You
    I'll manage. I'll keep the heating down a bit. #speaker: Winston Clarke #mood: worried
    -> fridge
* [Pause the arrears for thirty days and post him a hardship form #foresight +1 #feedback: The pause stops the warning today and the fund might clear the debt. It also leaves him a form to fill in, the very kind of post Marjorie used to handle.]
    I've paused the arrears for thirty days, so nothing happens while you apply to our hardship fund. I'll post you the form. #speaker: You
    A form. Right. I'll have a look at it. #speaker: Winston Clarke #mood: calm
    -> fridge

// ---------------------------------------------------------------
// Decision 6: the thing said in passing.
// ---------------------------------------------------------------
=== fridge ===
While the screen saves, he fills the silence.
Honestly, as long as the fridge stays on I don't mind the rest. My insulin's in there. Marjorie used to remind me about the injections. Now it's a note on the kettle. #speaker: Winston Clarke
He laughs, not quite.
The clock says eleven minutes fifty.
* [Tell him warmly nobody will cut him off, and move on #empathy +1 #awareness -2 #feedback: Kind, but you heard a worry when he gave you a medical need. Insulin in the fridge is a reason to register him for priority help, not a cue to move on.]
    Don't you worry, nobody's cutting anything off. Now, the direct debit. #speaker: You
    Right you are. #speaker: Winston Clarke
    -> debit
* [Put him on the Priority Services Register now #awareness +2 #foresight +2 #feedback: The remark he made in passing was the most important thing on the call. The register means warning before planned power cuts and a priority call in an outage, and it takes two minutes.]
    Because of the insulin I'm adding you to our Priority Services Register. If the power's ever going off in your street, we ring you first, and in a cut you're at the top of the list. #speaker: You
    Are you? Nobody's ever told me that. Marjorie would have known about that. #speaker: Winston Clarke #mood: calm
    ~ registered = true
    -> debit
* [Note the insulin and post him the register's form #foresight +1 #community +1 #awareness -1 #feedback: It gets done in the end, and keeps the call shorter for the colleagues carrying the queue. But he has just told you the post is what he struggles with, and you could register him yourself now.]
    I've made a note of that, and I'll send you a form for our priority register. #speaker: You
    Another form. I'll put it with the other one. #speaker: Winston Clarke
    -> debit

// ---------------------------------------------------------------
// Decision 7: stopping it happening again.
// ---------------------------------------------------------------
=== debit ===
The last thing is a new direct debit in his own name, so that no more bills go unpaid.
The bank did all that. Or Marjorie did. I've got a card somewhere, and a bank book. #speaker: Winston Clarke
Dana's name lights up on your screen. She is typing. Then she stops.
* [Post him a direct debit form so the call can finish #community +1 #foresight -1 #barrier: no-assistance #feedback: It closes the call sooner, but a form in the post is one more envelope for a man who left a letter on the mantelpiece for four days. A missed form means another missed bill.]
    I'll pop a form in the post. Just fill it in and send it back in the envelope. #speaker: You
    He writes it down.
    Form. Envelope. Send back. #speaker: Winston Clarke
    -> goodbye
* [Suggest his daughter sets him up online next visit #awareness +1 #listening -1 #feedback: Family help and online access may serve him later, but he has just told you the computer was Marjorie's job and that he does not want to burden his daughter. Today that answers your process before his need.]
    Your daughter could set you up online next time she visits. Then you can see it all yourself. #speaker: You
    Maybe. She's got enough on. #speaker: Winston Clarke
    -> goodbye
* [Set the direct debit up with him now #foresight +2 #stewardship +1 #community -1 #feedback: Done in one call, with nothing to post and no chance of another missed bill. Five more minutes while the board says twenty-two waiting: your colleagues carry those.]
    If you can find your card, we can do it now, and then it's done for good. #speaker: You
    He puts the phone down. You hear a drawer, a cupboard, a muttered word to nobody. Then he is back, and you show him which numbers on the card you need and why.
    Sort code, account number. That's not so hard, is it? I'll write that down for next time. #speaker: Winston Clarke
    ~ debit_set = true
    -> goodbye

=== goodbye ===
At seventeen minutes thirty he says he thinks that's everything.
{
- trust >= 3 && affordable && registered:
    I've been dreading this call for four days, and you made it easy. I'll sleep tonight. #speaker: Winston Clarke #mood: relieved
- trust >= 1:
    Right. Thank you. I think I've got it all written down. #speaker: Winston Clarke #mood: calm
- else:
    I'll see how I go. Thank you for your time. #speaker: Winston Clarke #mood: worried
}
The line clicks off. The board says twenty-two waiting.
-> review

// ---------------------------------------------------------------
// Decision 8: the conversation with Dana. It chooses the ending.
// ---------------------------------------------------------------
=== review ===
Ten minutes later Dana pulls a chair over and sits on it backwards.
Seventeen and a half minutes. Talk me through it. I've got to explain that average on Friday. #speaker: Dana
* [Tell her the five-minute target is wrong for bereaved callers #empathy +1 #persuasion -2 #community -1 #feedback: You are standing up for the customer, which matters. Said as a fight, it puts Dana on the defensive, and she is the one person who could take your case upstairs.]
    ~ talk = "clash"
    -> epilogue
* [Walk her through it, and suggest a bereavement flag for such calls #persuasion +2 #foresight +1 #feedback: Turning one long call into a fix for every call like it serves the next Winston too. Numbers are for finding problems, and you have just handed her one with a solution attached.]
    ~ talk = "flag"
    -> epilogue
* [Say sorry for the long call; you'll keep closer to five minutes #community +1 #persuasion -1 #feedback: Keeping the peace is understandable, but it teaches you both the wrong lesson. The next time a customer like Winston rings, the clock will win.]
    ~ talk = "sorry"
    -> epilogue

// The main road's endings: Winston's part follows how he was served; the talk with Dana adds the rest.
=== epilogue ===
{talk == "flag": On Friday Dana takes the idea into the operations meeting. Calls flagged as bereavement come out of the handle-time average for a trial month.}
{talk == "clash": Dana's jaw sets. She says targets are not her idea either, and goes back to her desk to write a coaching note.}
{talk == "sorry": Dana nods, relieved, and writes five minutes on a sticky note for your monitor.}
{
- trust >= 3 && affordable && registered && debit_set:
    -> ending_best
- trust >= 1:
    -> ending_sorted
- else:
    -> ending_unkept
}

// ---------------------------------------------------------------
// The side road: the transfer.
// ---------------------------------------------------------------
=== queue ===
You pick Bereavement Support from the transfer list. Before it connects, the system shows the wait: thirty-eight minutes.
You tell him.
Thirty-eight minutes. And I tell them all of it again? I held twenty minutes to get you. #speaker: Winston Clarke #mood: frustrated
// Being handed towards a thirty-eight-minute queue is remembered, even if the call is pulled back.
~ trust = trust - 1
* [Pull the call back and sort it out yourself #empathy +2 #awareness +1 #community -1 #feedback: Changing course when you see the cost to him is right, and it goes against what Dana asked, so tell her why. Checking the wait before you reached for the transfer would have spared him the fright.]
    No. Forget that. I'll do it with you now. #speaker: You
    You message Dana that you are keeping this one, and why. She sends back a thumbs up.
    Right. Thank you. What do I pay, then? I've about a hundred and ten a month, all in. Marjorie's pension stopped when she did. #speaker: Winston Clarke #mood: calm
    -> plan
* [Book him a callback from the team first thing tomorrow #foresight +2 #empathy -1 #feedback: A booked callback with good notes spares him the hold and the retelling. But the red letter stays on his mantelpiece another night.]
    -> callback
* [Put him through to the queue and take your next call #empathy -2 #barrier: protect-workflow #feedback: The queue moves and your numbers recover. He waits alone with the hold music and the letter, and that is the moment a customer decides whether a company cares.]
    -> queued

=== callback ===
I've booked the team to ring you at nine tomorrow morning. #speaker: You
Tomorrow. All right. And the meter? Is someone coming? #speaker: Winston Clarke #mood: worried
* [Tell him the team will go through everything tomorrow #listening -1 #feedback: True, and it keeps to what Dana asked. But he goes to bed with the question he rang about still unanswered.]
    They'll go through all of that with you tomorrow. #speaker: You
    I see. Right. #speaker: Winston Clarke
    -> callback_notes
* [Put a thirty-day hold on the warning yourself before he goes #empathy +2 #foresight +1 #community -1 #feedback: One minute of work means he sleeps tonight, and the hold is within your own authority. Dana asked you to move on, and now she waits one more minute.]
    I've put a hold on the account, so nothing happens for thirty days. Nobody is coming. #speaker: You
    Thank you. That's the main thing. #speaker: Winston Clarke #mood: calm
    -> callback_notes

=== callback_notes ===
He says goodbye. You have forty seconds to write the notes before the next call drops in.
* [Write it all down: Marjorie, the bank, the meter, the bills #foresight +1 #community +1 #feedback: Notes written for the colleague who rings him tomorrow mean he tells his story once. That is a kindness to him and to them.]
    -> ending_callback
* [Write bereavement, callback booked, and take the next call #awareness +1 #foresight -1 #feedback: It saves forty seconds today and costs the bereavement team ten minutes tomorrow, while he explains it all again.]
    -> ending_callback

=== queued ===
You take the next call, a meter reading, two minutes. Then someone looking for their broadband provider, one minute. Your average starts to fall.
At ten to three your headset beeps. The system has routed a repeat caller back to the last agent he spoke to. #sfx: phone-ring
It's me again. Winston Clarke. I held for half an hour and then my hand got tired. I don't think anyone was coming. #speaker: Winston Clarke #mood: angry
* [Say sorry, and stay on the line until the team answers #empathy +2 #community -1 #feedback: Staying with him shows he matters, and he does not hold alone this time. It also costs more of your time than helping him yourself would have done.]
    You stay on the line. Twenty minutes later a specialist answers, and you hand him over by name.
    -> queued_end
* [Stop the meter warning yourself, and book a morning callback #foresight +2 #empathy -1 #feedback: Stopping the warning answers his fear today, and the callback spares him another hold. But it is his second call, and he still has to tell his story a third time.]
    The warning is stopped, Mr Clarke, and they'll ring you at nine. I'm sorry you had to call twice. #speaker: You
    All right. Nine o'clock. #speaker: Winston Clarke #mood: worried
    -> queued_end

=== queued_end ===
At the end of the shift Dana stops by your desk with a printout.
Your average is lovely today, four fifty. But there's a repeat caller flagged against you. A Mr Clarke. #speaker: Dana
* [Tell her you transferred him because she asked you to #persuasion -1 #community -1 #barrier: defensive #feedback: It is true, and it is a defensive answer. Blame passed up and down a team helps nobody, least of all the customer.]
    -> ending_queued
* [Tell her what he needed, and that you should have kept the call #persuasion +1 #community +1 #feedback: Owning your part and naming what he needed gives Dana something she can act on. That is how a team learns from a bad afternoon.]
    -> ending_queued

// ---------------------------------------------------------------
// Endings
// ---------------------------------------------------------------
=== ending_best ===
On Monday a card arrives, addressed to the person who answered the phone last Tuesday afternoon. Dana reads it out at the morning huddle.
Thank you for not hurrying me. I paid my first bill myself this week, and I am on the list for my insulin. Marjorie would laugh at me. Yours, Winston Clarke. #speaker: Winston Clarke #mood: delighted
Dana pins it to the board, just under the wallboard clock. #ending: Seventeen minutes, well spent #outcome: better-off
-> END

=== ending_sorted ===
Winston's plan goes through. {affordable: His first payment clears on the first of the month.|In January the payment bounces, and a second red letter goes up on the mantelpiece.}
{not registered: In the February storm his street loses power for nine hours. Nobody rings him.}
He never rings Northgate again unless he has to. #ending: Sorted, with loose ends #outcome: no-better
-> END

=== ending_unkept ===
The plan he agreed to is eight pounds more than he has. He keeps the heating down, as he said he would.
By March there is a second red letter on the mantelpiece. #ending: A plan he cannot keep #outcome: worse-off
-> END

=== ending_callback ===
At nine the next morning the bereavement team rings Winston and sets everything straight in twenty-five minutes.
He tells the specialist he was grateful for the callback, and a little sorry to have been passed along. #mood: calm
Your average that day is five minutes ten, your best in a month. #ending: A callback for tomorrow #outcome: no-better
-> END

=== ending_queued ===
Winston's account is sorted the next day, after two calls, one long hold and three tellings of Marjorie's death.
The letter comes down off the mantelpiece at last. He does not ring Northgate again unless he has to. #mood: frustrated
Your handle time that week is the best on the team. #ending: Four minutes fifty, and a repeat caller #outcome: worse-off
-> END
