# title: Something Isn't Right
# summary: A ward sister rings on her break to move her house deposit, right now, because "the fraud team" told her to, and the money has not gone yet.
# role: Telephone banking adviser at a building society
# setting: phone-banking
# customer: Carys Pritchard
# pronouns: she/her
# look: Carys Pritchard: bun, light skin
# look: Tomasz: short hair, beard
# minutes: 8

// trust: how far Carys believes you, rather than the man on her other phone.
// heard: you asked whether she could talk freely, and heard a second voice coaching her. It is
//   the delayed payoff: knowing he is listening lets you ask her to mute him before you explain.
// money: 0 still in her account, 1 held by you, 2 held at the branch, 3 sent.
VAR trust = 0
VAR heard = false
VAR money = 0
VAR recalled = false
VAR epilogue = 0

-> call

// ---------------------------------------------------------------
// Decision 1: the call comes in. Nothing has left her account yet.
// ---------------------------------------------------------------
=== call ===
Tuesday, ten past two, at Northgate Building Society's telephone banking team. Eleven calls are waiting. #scene: phone-banking #onstage: nobody
The next caller passes security quickly: Carys Pritchard, thirty-nine, a member for sixteen years. #call: Carys Pritchard
Hi. I need my daily transfer limit raised to ten thousand. Today, please, now. It's urgent. #speaker: Carys Pritchard #mood: worried
She is breathing fast. Somewhere behind her a car indicator ticks.
Your screen shows that at 13:40 she moved £9,400 from her Saver into her current account, and at 13:52 added a new payee.
* [Ask if she can talk freely #awareness +2 #empathy -1 #feedback: An odd question to a hurried caller, and she is irritated by it. It is also the question safeguarding teams ask first, and the answer tells you who else is on the call.]
    ~ heard = true
    ~ trust += 1
    Before we start: are you somewhere you can talk freely? #speaker: You
    What? I'm in my car, at work. I'm on my break. Why does that matter? #speaker: Carys Pritchard
    Behind her, faint and close, a man's voice: Just tell them it's for a car.
    -> payee
* [Read her the scam warning before you go on #stewardship +1 #listening -1 #feedback: The warning is required, and its words are right. Read at a hurried caller like a script, it bounces off: she has been told to expect it.]
    Before I can change a limit I have to tell you: we will never ask you to move money to keep it safe. #speaker: You
    Yes, yes. It's for a car. A deposit on a car. #speaker: Carys Pritchard
    -> payee
* [Ask what the payment's for, and why today #listening +2 #feedback: An open question about the payment itself, before the limit. It lets her tell you in her own words, and you will hear what she says and how she says it.]
    ~ trust += 1
    Of course. What's the payment for, and what makes it today? #speaker: You
    It's a car. A deposit. The dealer needs it by three or it goes to someone else. #speaker: Carys Pritchard
    She says it quickly, like a line she has said before.
    -> payee

// ---------------------------------------------------------------
// Decision 2: the payee does not match.
// ---------------------------------------------------------------
=== payee ===
You open the new payee. Name given: HARLAND MOTORS. The receiving bank's name check comes back: NO MATCH. The account belongs to a personal customer, D. Okafor-Reid.
* [Ask who gave her the payee details #listening +1 #empathy +1 #feedback: Facts first, then a question: it meets her where she is, frightened and sure she is doing the right thing, and lets her look at the mismatch herself instead of defending against you.]
    ~ trust += 1
    The name on that account isn't Harland Motors. Who gave you the details? #speaker: You
    She is quiet for a second.
    The fraud team did. Your fraud team. Daniel. He said it wouldn't match, because it's a holding account. #speaker: Carys Pritchard
    -> admits
* [Tell her straight: this sounds like a scam #foresight +1 #empathy -2 #feedback: You are probably right, and you say it to stop the money. Said as a verdict to a frightened person, it tells her she is a fool, and she has been warned you would say it.]
    ~ trust -= 2
    I have to be straight with you. This sounds like a scam. #speaker: You
    That's exactly what he said you'd say. #speaker: Carys Pritchard #mood: angry
    Daniel, from your fraud team. He said someone in your office has been taking money from accounts. #speaker: Carys Pritchard
    -> admits
* [Warn her the name doesn't match and the payment may not arrive #stewardship +1 #awareness +1 #feedback: Honest and within the rules: the name check is there to protect her money. Stated as a risk to the payment, it invites her to say "send it anyway", and she does.]
    The payee name doesn't match, so the money might not reach the dealer. #speaker: You
    That's fine, he said it wouldn't match. Daniel. From your fraud team. It's a holding account. #speaker: Carys Pritchard
    -> admits

// ---------------------------------------------------------------
// Decision 3: she says who "Daniel" is.
// ---------------------------------------------------------------
=== admits ===
He rang me at lunchtime. He knew my account number and my last three payments. He said someone inside the building society is stealing from accounts and I mustn't tell whoever I spoke to. He's on my other phone now. #speaker: Carys Pritchard
{heard: You heard him a minute ago. He is listening to every word you say.}
* {heard} [Ask her to mute Daniel, then explain #persuasion +2 #awareness +1 #feedback: You heard him, so you know he can hear you. With him muted for one minute, the plain truth reaches her without a voice in her other ear.]
    ~ trust += 1
    Carys, could you mute the other phone for one minute? Just one. #speaker: You
    A pause, a tap.
    Thank you. We will never ask anyone to move money to a safe account, not our fraud team, not anyone. Callers who do that are the fraud. They get account numbers from stolen data. #speaker: You
    Oh God. #speaker: Carys Pritchard
    -> decide
* {not heard} [Tell her plainly how this scam works #persuasion +2 #empathy -1 #feedback: Plain, specific and unhurried: the truth without a verdict on her. It stings, and the man on her other phone hears you say it and has his answer ready.]
    We will never ask anyone to move money to a safe account, not our fraud team, not anyone. Callers who do that are the fraud. #speaker: You
    Daniel says that's what an inside person would say. #speaker: Carys Pritchard
    -> decide
* [Ask her to hang up on Daniel right now #stewardship +1 #listening -1 #feedback: It is the right outcome, asked for too soon: she has no reason yet to believe you over him, and an order from a stranger sounds like the thing he warned her about.]
    ~ trust -= 1
    Please hang up on him. Now. #speaker: You
    He said you'd try to get me off the phone to him. #speaker: Carys Pritchard #mood: frustrated
    -> decide
* [Put her through to the Protect team's queue #foresight +1 #listening -1 #barrier: no-assistance #feedback: Protect are the experts, and you are right that this is theirs. Their queue is twenty-five minutes, and while she holds, the only voice in her ear is his.]
    ~ trust -= 1
    Let me put you through to our Protect team. #speaker: You
    The queue message says twenty-five minutes. Four minutes later she is back with you.
    Daniel says the queue's a stalling tactic. #speaker: Carys Pritchard #mood: frustrated
    -> decide

// ---------------------------------------------------------------
// Decision 4: her money, her wish, and your duty.
// ---------------------------------------------------------------
=== decide ===
It's my money. Raise the limit, or I'll drive to the branch and take it out in cash. #speaker: Carys Pritchard
Tomasz, your team leader, has seen the flag on your screen and mouths: your call. Under the rules you may hold a payment for up to four working days when you suspect fraud.
* [Raise the limit: it's her money and her decision #empathy +1 #stewardship -2 #feedback: Respecting her choice feels like respect. She is choosing with a fraudster's script in her ear, and the money she is moving is her house deposit: this is the moment to hold, not to defer.]
    ~ money = 3
    ~ trust += 1
    OK. I've raised your limit for today. #speaker: You
    Thank you. Thank you. #speaker: Carys Pritchard #mood: relieved
    At 14:31 £9,400 leaves her account for D. Okafor-Reid.
    -> gone
* [Hold the payment, and tell her exactly why #stewardship +2 #healing -1 #feedback: Acting against her wishes, openly and within your authority, keeps her house deposit where it is. She will be angry with you, and being the one she is angry with is the cost of doing it.]
    ~ money = 1
    I'm holding this payment. Not because of you: because everything you've told me is how this fraud works. You can have it in four days if I'm wrong. #speaker: You
    { trust >= 2:
        ~ trust += 1
        A long breath on the line. OK. OK. What do I do? #speaker: Carys Pritchard #mood: worried
    - else:
        ~ trust -= 1
        You can't do that. It's my money. #speaker: Carys Pritchard #mood: angry
    }
    -> real
* [Tell her she'd need to go into a branch for that #awareness +1 #empathy -1 #feedback: You saw the danger and would not do it yourself. Sending her to a branch passes the decision to a stranger at a counter, with her still on the phone to him all the way there.]
    ~ money = 2
    ~ trust -= 2
    I can't raise it on the phone. You'd need to go into a branch. #speaker: You
    Fine. #speaker: Carys Pritchard #mood: angry
    She hangs up. Twenty minutes later the Northgate branch rings you: she is at the counter asking for £9,400 in cash. The cashier has called the police under the Banking Protocol, and Carys is asking for you. #leave: Carys Pritchard
    -> real

// ---------------------------------------------------------------
// Decision 5a: the money is safe for now. She asks how she can know who to believe.
// ---------------------------------------------------------------
=== real ===
{money == 2: The branch manager hands her the phone.}
How do I know you're not the scammer? He knew my account number too. #speaker: Carys Pritchard #call: Carys Pritchard
* [Read her last three payments to show it's you #listening +1 #feedback: It answers the question she asked, directly. Daniel read her three payments at lunchtime, so it proves to her exactly what it proved then.]
    Your last three payments were Tesco, the council, and a gym. #speaker: You
    That's what he said. #speaker: Carys Pritchard
    -> after_call
* [Give her your name and staff number to check #empathy +1 #persuasion -1 #feedback: Kind, and it treats her question as fair. A name and a number are what any caller can invent, and Daniel gave her both at lunchtime.]
    ~ trust -= 1
    I'm on staff number 40217. You can ask for me. #speaker: You
    He gave me a staff number too. #speaker: Carys Pritchard
    -> after_call
* [Ask her to ring the number on her card #persuasion +2 #empathy +1 #stewardship -1 #feedback: Her question is fair, and a check she makes herself, on a number she already trusts, is the only proof that means anything. You end the call with Daniel still on her other phone, and if she does not ring back you have nothing.]
    ~ trust += 2
    Hang up on both of us. Then ring the number on the back of your card{money == 2: from the branch phone}. Ask for Protect. They'll have my note. #speaker: You
    The line goes dead. Nine minutes later Protect messages you: she's rung in on the card number, and Daniel's phone went silent the moment she did. #leave: Carys Pritchard
    -> after_call

// ---------------------------------------------------------------
// Decision 5b: the money has gone.
// ---------------------------------------------------------------
=== gone ===
Twenty minutes later she rings back. Daniel's not answering. The WhatsApp says "number not available". It's gone, isn't it? #speaker: Carys Pritchard #mood: angry #call: Carys Pritchard
* [Explain that she authorised the payment herself #awareness +1 #empathy -2 #barrier: defensive #feedback: It is true that she sent it, and it decides how a claim is handled. Said now, it answers the building society's worry before hers.]
    ~ trust -= 2
    You did authorise that payment yourself. #speaker: You
    I know I did. #speaker: Carys Pritchard
    -> after_call
* [Tell her you're sure she'll get it back #empathy +1 #stewardship -1 #feedback: Kind, and it is what she needs to hear. You cannot know it: recovery depends on the receiving bank, and a promise you cannot keep will hurt more later.]
    ~ trust += 1
    You'll get it back, I'm sure. #speaker: You
    -> after_call
* [Report it to Protect for a recall now #stewardship +2 #foresight +1 #feedback: Minutes matter: the receiving account is usually emptied within the hour. Acting now is the only thing left that can bring some of it back.]
    ~ recalled = true
    ~ trust += 1
    I'm reporting it now and asking for a recall. I'll stay on while I do. #speaker: You
    -> after_call

// ---------------------------------------------------------------
// Decision 6: she is back on the line, shaken.
// ---------------------------------------------------------------
=== after_call ===
{money == 3: She is crying, quietly, in a car park.|She is back on the line, quieter now.}
I'm a ward sister. I tell patients about this stuff. I tell my mum. #speaker: Carys Pritchard #call: Carys Pritchard
* [Remind her we'll never ask her to move money #persuasion +1 #healing -2 #feedback: It is the lesson, and she has already learned it the hard way. Said now, it lands as "you should have known".]
    ~ trust -= 1
    Just remember, we'll never ask you to move money. #speaker: You
* [Help her block and report his number #foresight +2 #healing +2 #stewardship -1 #feedback: Doing the next steps with her, not for her, tells her she is capable and makes the next call from him less likely to land. Eleven callers wait longer while you do.]
    ~ trust += 2
    Let's do it together now: block the number, then forward his messages to 7726. I'll stay on. #speaker: You
* [Tell her these callers fool careful people every day #healing +2 #feedback: It is true, and it is what she needs to hear first: the scam works on people like her because it is built to.]
    ~ trust += 1
    These callers fool careful, clever people every single day. They're very good at it. #speaker: You
- {
    - money == 3: Just get it back. Please. #speaker: Carys Pritchard #mood: worried
    - trust >= 5: Thank you for not letting me. #speaker: Carys Pritchard #mood: relieved
    - trust >= 2: OK. I need to go back on the ward. #speaker: Carys Pritchard #mood: worried
    - else: I'm moving my account. #speaker: Carys Pritchard #mood: angry
  }
-> epilogue_choice

// ---------------------------------------------------------------
// Decision 7: the epilogue. The call is over; eleven are still waiting.
// ---------------------------------------------------------------
=== epilogue_choice ===
The call ends. The queue board says eleven waiting, longest nine minutes. #leave: Carys Pritchard
* [Take the next call: eleven are waiting #awareness +1 #feedback: The queue is real, and the next caller counts as much as she did. Nothing about today is written down for whoever she speaks to next.]
    -> ending
* [Note the call on her account for the next adviser #foresight +1 #feedback: If Daniel, or someone like him, rings her again next week, the next adviser will know what happened and what to ask first.]
    ~ epilogue = 1
    -> ending
* [Report the payee's account to its bank #stewardship +2 #feedback: The account that was waiting for her money is waiting for someone else's. Reporting it protects the next person Daniel rings.]
    ~ epilogue = 2
    -> ending

=== ending ===
{ epilogue:
    - 1: A week later a man calls her claiming to be from Protect. The adviser who takes her next call reads your note first.
    - 2: The receiving bank freezes D. Okafor-Reid's account that afternoon. Four other people's money is in it.
    - else: Nobody writes anything down. A week later a man rings her again, from "Protect" this time.
}
{
    - money == 3: -> ending_gone
    - trust >= 5: -> ending_safe
    - else: -> ending_angry
}

=== ending_gone ===
{recalled: Protect recovers £1,180 from the receiving account. The rest has already gone on, through three more accounts.|By the time anyone asks for a recall, the receiving account is empty.} #scene: phone-banking
Carys does not buy the flat that spring. #ending: Nine thousand four hundred pounds #outcome: worse-off
-> END

=== ending_safe ===
Carys never rings to say thank you, and she does not tell anyone at work about it for a month. #scene: phone-banking
Her deposit is still in her Saver in March, when she buys the flat. #ending: The money stayed where it was #outcome: better-off
-> END

=== ending_angry ===
The deposit is safe. Carys moves her account to another bank the following week, and her complaint says she was "treated like a child". #scene: phone-banking
Protect's reply explains the hold. She never reads it. #ending: Safe, and furious #outcome: no-better
-> END
