# title: The Bag on the Packing Shelf
# summary: On a packed Saturday a customer who has just paid leaves his daughter's birthday present at your till and heads for the car park, and you decide what the queue, the till and he are each owed.
# role: Cashier at a big-box store
# setting: store-checkout
# customer: Gareth Pryce
# pronouns: he/him
# look: Gareth Pryce: short hair, beard
# minutes: 7

// What carries from one decision to the next:
// trust: how Gareth feels about the store by the time he drives off.
// delay: how far behind him you are; at 2 or more he is already pulling out.
// queue: what your line thinks of the wait you caused; Sandra hears about it either way.
// named: you read his name on the receipt, so you can call it.
// radioed: you tried Sandra first, and she knows it.
VAR trust = 0
VAR delay = 0
VAR queue = 0
VAR named = false
VAR radioed = false
VAR runner = false
VAR lesson = ""

-> spot

// ---------------------------------------------------------------
// Decision 1: the bag. Run, look first, call, or keep it safe.
// ---------------------------------------------------------------
=== spot ===
Saturday, twenty to two. Seven tills open out of twenty, and every line reaches back into the aisles. #scene: store-checkout
On till 7 you finish a man's shop: paper plates, a bag of balloons, two big bottles of squash, and a small carrier with a boxed watercolour set and a number seven candle. #sfx: till-beep
His phone buzzes while the card goes through. He answers it with his shoulder and bags with his free hand.
No, the soft play said three. Three o'clock. I'm leaving now, I promise. #speaker: Gareth Pryce #mood: worried
He takes his receipt, scoops up the big bags and is gone through the doors. #sfx: door-chime #leave: Gareth Pryce
The small carrier is still on the packing shelf. A gift tag on the box says, in careful capitals, FFION, 7 TODAY.
Bev Harland, next in line, is already lifting her first tin onto the belt. Five more people wait behind her.
* [Grab the bag and run for the doors #empathy +1 #awareness +1 #stewardship -2 #feedback: Going at once reads the moment right: he is nearly at his car. But you leave a logged-in till and a queue with no idea where you went.]
    You are round the end of the till before Bev has put her tin down.
    -> run
* [Read his name off the receipt and look outside first #awareness +2 #foresight +1 #empathy -1 #feedback: Ten seconds of looking costs ten seconds of his head start. It buys his name and the row he is parked in, and that makes the rest surer.]
    ~ named = true
    ~ delay = delay + 1
    -> cover
* [Call after him from the till: sir, your bag #empathy +1 #feedback: Quick and kind, and it keeps you at your till. A shout from behind a till rarely carries through closing doors, so you run anyway, a step later.]
    Sir! Sir, your bag! #speaker: You
    The doors slide shut behind him. Bev looks at you, then at the bag. #sfx: door-chime
    ~ delay = delay + 1
    -> run
* [Put the bag safely under the counter for when he comes back #empathy -2 #barrier: no-assistance #feedback: It keeps your line moving and the present safe, but it leaves him to find the gap at the party. Hoping a customer comes back is the easy choice, not the serving one.]
    -> aside

// ---------------------------------------------------------------
// Decision 2 (three ways in): who minds the till while you go.
// ---------------------------------------------------------------
=== run ===
Halfway to the doors you remember. Your till is still logged in, the drawer key is in it, and your queue is watching you go.
* [Keep going: he is nearly at his car #empathy +1 #stewardship -2 #feedback: The speed is for him, but an open till and a puzzled queue hand your problem to everyone else.]
    Behind you, someone asks whether till 7 is closing.
    ~ queue = queue - 1
    -> carpark
* [Go back, lock up and tell the queue, then run #stewardship +2 #community +1 #empathy -1 #feedback: It costs you twenty seconds of his head start. That is a fair trade for a safe till and a queue that knows you are coming back.]
    Back in two minutes. Someone left their little girl's present. #speaker: You
    Go on, then. Quick. #speaker: Bev
    ~ queue = queue + 1
    ~ delay = delay + 1
    -> carpark
* [Shout to Jade on till 6 to keep an eye on your till #community +1 #awareness -1 #feedback: Asking a colleague shares the job, but shouting it across the tills drops it on a new starter who has her own line.]
    Jade looks at your till, then at her own queue, and nods without much confidence.
    -> carpark

=== cover ===
The receipt says G. PRYCE. Through the glass you can see him in row C, pushing the big bags into the boot of a grey estate, phone still at his ear.
* [Radio Sandra, the front-end manager, before you leave the till #stewardship +1 #foresight +1 #empathy -1 #feedback: Asking first keeps your manager in the loop, so the talk at the end of the shift starts on your side. It also costs you the half-minute the radio takes to tell you nobody is answering.]
    Sandra, it's till 7, can I leave my till for two minutes? A customer left a bag. #speaker: You
    The radio hisses. Nothing. After half a minute you lock up and go, and by then he is in the driver's seat.
    ~ radioed = true
    ~ delay = delay + 1
    -> carpark
* [Ask Bev to tell the people behind her, and go #community +1 #stewardship -1 #feedback: Bev will spread the word kindly, but your till is still logged in, and a queue told second-hand is a queue half told.]
    Bev turns round to the line. You are through the doors before she has finished.
    -> carpark
* [Lock the till, tell your queue why, then go #community +2 #stewardship +1 #empathy -1 #feedback: Locking keeps the money safe, and a reason turns a queue into people on your side. It costs twenty seconds he does not know he has.]
    Two minutes, everyone. That gentleman left his daughter's birthday present. #speaker: You
    Go on, love. I'd want someone to do it for me. #speaker: Bev
    Further back, a man in a hi-vis jacket looks at his watch and says nothing.
    ~ queue = queue + 1
    -> carpark

=== aside ===
You tuck the bag under the counter and start on Bev's shopping: beans, bleach, a birthday card with a tractor on it. #sfx: till-beep
Bev has been watching you.
That was the gentleman's, wasn't it? He's still out there, look. Sitting in his car on the phone. #speaker: Bev
* [Ask the service desk to call his name over the speakers #community +1 #empathy -1 #feedback: A tannoy call shares the job and keeps your till open, but it cannot reach a man sitting in a car with the windows up.]
    Ayesha on the service desk reads out his name twice. Nobody comes. When you look up again, row C is empty.
    -> later
// stories:check reads "shows you the cost" as a named cost. The cost named is the earlier choice's (the
// bag under the counter, tagged #empathy -2); this option's own cost is carried by delay + 2 (he is pulling out).
* [Take Bev's hint: lock the till, tell the queue and go #listening +2 #empathy +1 #feedback: Changing your mind when someone shows you the cost is the right call. Bev saw what you had let slip.]
    You're right. Hold that thought, Bev. Two minutes, everyone. #speaker: You
    ~ queue = queue + 1
    ~ delay = delay + 2
    -> carpark
* [Thank Bev and keep serving: the bag is safe and he will notice soon #empathy -2 #barrier: protect-workflow #feedback: Safe is not the same as served. He will notice at the party, twenty minutes' drive away.]
    He'll be back for it, I'm sure. #speaker: You
    Bev says nothing, and packs her own tins.
    -> later

// ---------------------------------------------------------------
// Decision 3: the car park. How to stop a driver on the phone.
// ---------------------------------------------------------------
=== carpark ===
Outside the air smells of hot tarmac and trolleys rattle in the bays. #scene: car-park #onstage: nobody
{delay >= 2: The grey estate is already backing out of its bay, the driver looking over his other shoulder.|The grey estate's reversing lights come on. He is still on the phone.}
* [Stand clear at the end of the row and call out #awareness +2 #foresight +1 #feedback: Standing where he will look, and well clear of the car, gets his attention without putting either of you at risk.]
    {named: Mr Pryce! Your present!|Excuse me! Your bag!} #speaker: You
    {named or delay < 2: He catches the bag in his mirror and stops. The window slides down.|He does not hear. You jog to the exit barrier and hold it up again, and this time he stops.}
    {
    - named:
        ~ trust = trust + 1
    - delay >= 2:
        ~ delay = delay + 1
    }
    -> handover
* [Run alongside and knock on the driver's window #empathy +1 #foresight -2 #feedback: It is quick and it works, but a knock on the glass of a moving car startles anyone. A few metres of distance would have done the same job safely.]
    He jumps, brakes hard, and stares at you through the glass before the window comes down.
    What are you doing? I nearly hit you! #speaker: Gareth Pryce #mood: angry
    Then he sees the bag, and all the colour goes out of his face.
    ~ trust = trust - 1
    -> handover
* [Shout his name from the doorway and wave the bag #empathy +1 #awareness -1 #feedback: It keeps you near the till, but a name shouted across a car park is a name lost in the trolleys. He drives to the exit before you reach him.]
    {named: Mr Pryce!|Sir!} #speaker: You
    The trolleys rattle. You end up running after all, and catch him at the exit barrier.
    ~ delay = delay + 1
    -> handover

// ---------------------------------------------------------------
// Decision 4: the handover. What he tells you, and what you do with it.
// ---------------------------------------------------------------
=== handover ===
He takes the bag and holds it on his lap for a moment.
Oh, no. The present. I'd have got all the way there. #speaker: Gareth Pryce #mood: relieved
Sorry. My head's all over the place. It's her first birthday since her mum and I split, and I'm doing the party on my own. #speaker: Gareth Pryce #mood: worried
// stories:check: the best play earns no Listening. By design Listening is earned here only at a price
// (stewardship -2 and twelve minutes, queue - 2) or on the side road's recovery; the best play hears him
// briefly and answers with the kind word and the practical question below (empathy, foresight).
* [Ask how he is managing, and let him talk #listening +2 #empathy +1 #stewardship -2 #feedback: Listening matters, but twelve minutes in a car park serves neither him, with a party at three, nor your queue. Hear him briefly, then let him go.]
    He talks: the hall, the cake, the ex-wife's new partner who will be there. You listen. Twelve minutes pass.
    Thanks. I needed that. I'm going to be late, mind. #speaker: Gareth Pryce #mood: calm
    ~ trust = trust + 1
    ~ queue = queue - 2
    -> back
// stories:check reads 'but' as a named cost. The cost is carried by the story: trust is not raised here
// (the other answers give +1 or +2), so the 'A birthday saved' endings (trust >= 3) move out of reach.
* [Tell him it happens a dozen times a day, and wish Ffion happy birthday #awareness +1 #feedback: Taking the embarrassment off him is kind and quick, but it skates past what he just trusted you with.]
    Happens all day long. Happy birthday to Ffion. #speaker: You
    Yeah. Thanks. #speaker: Gareth Pryce #mood: calm
    -> back
// stories:check: the best play earns no Empathy net. That is the design: the best play spends it on the
// head start (looking first, locking the till, each #empathy -1) and earns it back here, so Empathy reads
// kept, not earned.
* [Say he is clearly working hard for her; ask if anything is missing #empathy +2 #foresight +2 #community -1 #feedback: A kind word for the worry and one practical question: he leaves lighter and with everything he needs. Your queue waits two more minutes for it.]
    You've clearly put a lot into today. Is everything else in the boot? #speaker: You
    He checks the boot.
    Paper. I was going to get wrapping paper. #speaker: Gareth Pryce
    The service desk just inside the doors sells gift bags. You walk him in. He buys one and is back in his car in ninety seconds.
    I can do this. Thank you. #speaker: Gareth Pryce #mood: relieved
    ~ trust = trust + 2
    ~ queue = queue - 1
    -> back

// ---------------------------------------------------------------
// Decision 5: back at the till. The queue.
// ---------------------------------------------------------------
=== back ===
Back at till 7, your line is one shorter: a young couple have drifted across to Jade. #scene: store-checkout #onstage: Bev
Behind Bev, the man in hi-vis folds his arms. He has a meal deal and a pack of cable ties.
{queue >= 1: At least you said. Still, I've a fifteen-minute lunch and ten of it's gone.|Nice for some. I've got a fifteen-minute lunch and ten of it's gone.} #speaker: Lee
* [Say sorry to the line, give the reason, and start scanning #community +2 #feedback: A short reason and a quick start tell people their time matters too. The grumble has nowhere to grow.]
    Sorry, all. A dad left his daughter's birthday present. Right, Bev, let's get you out. #speaker: You
    Lee unfolds his arms.
    ~ queue = queue + 1
    -> sandra
* [Ask Bev if Lee can go first with his two items #awareness +2 #community -2 #feedback: Seeing who is shortest of time is sharp, but it asks Bev to pay for your absence with her place. The fix for a wait you caused should cost you, not another customer.]
    Bev shrugs and lets him through. Lee is gone in forty seconds. Bev takes a little longer to smile again.
    -> sandra
* [Say nothing and scan as fast as you can #awareness +1 #community -1 #feedback: Speed is a kind of respect, but silence leaves the grumble to spread down the line.]
    You fly through Bev's shopping. Lee mutters something to the woman behind him.
    ~ queue = queue - 1
    -> sandra

// ---------------------------------------------------------------
// Decision 6: Sandra and the rule. She can say no.
// ---------------------------------------------------------------
=== sandra ===
Ten minutes later Sandra comes along the tills with her radio and a clipboard.
{queue < 0: Two complaints about till 7 at the service desk.} Jade says you left your till. You know the rule. Nobody leaves a till on a Saturday. #speaker: Sandra
* [Say anyone would have done the same, and you would do it again #empathy +1 #community -2 #barrier: defensive #feedback: You were right to go, but a defensive answer makes her defend the rule. Explain what happened instead of arguing.]
    Sandra's mouth goes thin.
    We'll talk about it at the end of your shift. #speaker: Sandra
    -> jade
* [Apologise and say it will not happen again #community +1 #growth -1 #barrier: follow-procedures #feedback: Keeping the peace respects her job, but the promise tells everyone watching that the rule matters more than the customer.]
    Sandra nods and moves on. You feel oddly flat.
    -> jade
* [Tell her what happened, and ask for a runner call next time #foresight +2 #feedback: Turning one good deed into a simple plan gives her something to say yes to. Apologising would have kept the peace with her today; a plan asks her to rethink her rule, and she may say no.]
    A dad left his girl's present. I locked up and was gone four minutes. Could we have a radio call for a runner, so nobody has to leave a till? #speaker: You
    {
    - queue >= 1 || radioed:
        ~ runner = true
        Sandra thinks about it. {radioed: You did try me first. The radio was on charge.}
        A runner call. We could try that. Put it in writing for me. #speaker: Sandra
    - else:
        Not with complaints on my desk. Radio me next time, and wait for an answer. #speaker: Sandra
    }
    -> jade

// ---------------------------------------------------------------
// Decision 7: Jade, in her second week. Gareth's day is settled; this is what the store keeps.
// ---------------------------------------------------------------
=== jade ===
At the end of the shift Jade catches you by the lockers. She is eighteen, in her second week, and still apologises to the till when it jams.
Would you really do that again? I'd be scared of getting sacked. #speaker: Jade
* [Tell her not to risk it while she is new #community +1 #growth -2 #feedback: It protects her for now, but it teaches her that the safe job is the one that lets the customer drive away.]
    ~ lesson = "rule"
    -> saturday
* [Walk her through it, step by step #growth +2 #feedback: You pass on the judgement, not just the story, so she can make the same call herself next time. Telling her not to risk it would have made her feel safer tonight; this asks her to be brave one day.]
    Lock the till. Tell the queue why. Go. Tell Sandra after, and say what you'd change. #speaker: You
    ~ lesson = "taught"
    -> saturday
* [Laugh and say you would do it in a heartbeat #empathy +1 #growth -1 #feedback: Your heart is in the right place, but bravado gives her nothing to act on when she is alone at a till.]
    ~ lesson = "bravado"
    -> saturday

=== saturday ===
{
- trust >= 3 && delay <= 1:
    The following Saturday a grey estate parks in row C, and Gareth Pryce comes to till 7 with a small girl holding his hand.
    This is the one who saved your birthday. Go on, Ffion. #speaker: Gareth Pryce #mood: delighted
    Ffion hands you a watercolour of a very large shop with one very small person running out of it.
- trust >= 1:
    A week later a comment card reaches Sandra's office. Thank you to the cashier on till 7. We got there in the end. #mood: relieved
- else:
    Gareth Pryce got the present to the party. He does his big shop somewhere else after that, and never says why. #mood: worried
}
{runner: On Monday a new line appears in the tills briefing: forgotten items get a radio call, and the nearest free colleague runs.}
{lesson == "taught": {runner: Jade makes the first runner call herself.|A month later Jade locks her till, tells her queue, and catches a teenager with his forgotten football boots before he leaves row A.}}
{lesson == "rule": Three weeks later a pensioner leaves her hearing-aid batteries on Jade's packing shelf. Jade puts them under the counter, the way she was told.}
{lesson == "bravado": The next time a bag is left on Jade's packing shelf, she stands at her till and looks at it for a long time.}
{
- trust >= 3 && delay <= 1 && runner:
    -> saved_and_started
- trust >= 3 && delay <= 1:
    -> saved
- trust >= 1:
    -> got_there
- else:
    -> delivered_shaken
}

=== saved_and_started ===
// stories:check: a DEAD path (2, 2, 1, 3, 2, 1, 1) ends in Gareth's delight. His delight is earned: that
// path served him as the best play does (looked first, stood clear, the kind word: trust 3, delay 1). It
// scores low on the queue, Sandra and Jade, and the epilogue shows that cost (Jade's lesson == "rule").
Ffion's painting goes up in the staff room, next to the runner-call notice. #ending: A birthday saved, a habit started #outcome: better-off
-> END

=== saved ===
Ffion's painting goes up in the staff room. #ending: A birthday saved #outcome: better-off
-> END

=== got_there ===
Sandra pins the card by the rota. #ending: Delivered, in the end #outcome: better-off
-> END

=== delivered_shaken ===
Nobody at the store ever hears how the party went. #ending: Delivered, but not forgiven #outcome: no-better
-> END

// ---------------------------------------------------------------
// The side road: the bag stays under the counter.
// ---------------------------------------------------------------
=== later ===
At ten past three the doors open and Gareth Pryce comes back at a jog, red in the face, and heads straight for till 7. #sfx: door-chime
Did I leave a bag here? A little one. It's my daughter's present. The party's already started. #speaker: Gareth Pryce #mood: frustrated
* [Hand it over: cashiers cannot leave their tills on a Saturday #community -1 #empathy -2 #barrier: defensive #feedback: The rule is real, but explaining it now is a defensive answer. It serves you, not him.]
    So you saw it and just left it. #speaker: Gareth Pryce #mood: angry
    ~ trust = trust - 1
    -> later_need
* [Hand it over and say you should have come after him #empathy +2 #listening +1 #feedback: Owning it takes the sting out. He does not need a reason, he needs the bag and someone on his side.]
    I saw it go, and I should have come after you. I'm sorry. #speaker: You
    Well. At least it's here. #speaker: Gareth Pryce #mood: worried
    ~ trust = trust + 1
    -> later_need

=== later_need ===
He looks at the bare box.
And I've no wrapping paper. Forget it. She'll have it as it is. #speaker: Gareth Pryce
* [Point him to the gift wrap in aisle 14 #awareness +1 #empathy -1 #barrier: no-assistance #feedback: It is accurate help, but it sends a man who is already late back into the shop.]
    He looks at the aisles, then at his watch, and leaves with the bare box.
    -> later_sandra
* [Ask Sandra whether the store can give him a gift bag #community +2 #empathy -1 #feedback: Asking the person who can say yes bends the rule in the open. It also keeps a late man waiting two more minutes while you ask.]
    Sandra hears it in one sentence and brings a gift bag herself. Gareth takes it and goes, checking his watch.
    -> later_sandra
* [Pay for a gift bag from the stand by your till yourself #empathy +1 #stewardship -1 #feedback: Generous, and he will remember it, but quietly paying for the store's miss hides it from the people who could fix it.]
    It's two pounds and he will not let you, then he does.
    ~ trust = trust + 1
    -> later_sandra

=== later_sandra ===
That evening Sandra stops at your till as you cash up.
I heard about the bag. What would you do next time? #speaker: Sandra
* [Say you would keep it safe behind the counter next time #growth -1 #barrier: follow-procedures #feedback: It is safe for you, and it leaves the next customer exactly where Gareth was.]
    Sandra nods, and ticks something on her clipboard.
    -> later_jade
* [Suggest a radio call for a runner #foresight +2 #community +1 #feedback: You turn a miss into a plan that catches the next one.]
    A runner call. Write it up and I'll take it to the Monday meeting. #speaker: Sandra
    ~ runner = true
    -> later_jade

=== later_jade ===
Jade has been listening from till 6. She is eighteen and in her second week.
Should you have run after him, then? Would I be allowed? #speaker: Jade
* [Tell her you should have, and how #growth +2 #listening +1 #feedback: Owning your miss in front of a new starter teaches her more than any success story. She now knows what to do.]
    ~ lesson = "taught"
    -> late_epilogue
* [Tell her rules are rules, and the bag was safe #growth -2 #barrier: follow-procedures #feedback: It sounds responsible, but it teaches her that a safe bag matters more than a late party.]
    ~ lesson = "rule"
    -> late_epilogue

=== late_epilogue ===
The present reaches the party an hour late.
{
- trust >= 1:
    Gareth Pryce still shops here. He packs his own bags now, slowly. #mood: calm
- else:
    Gareth Pryce does his big shop somewhere else after that. #mood: frustrated
}
{lesson == "taught": A month later a teenager leaves his football boots on Jade's packing shelf. She locks her till, tells her queue, and catches him in row A.|The next forgotten bag waits under Jade's counter too.}
{trust >= 1: -> late_owned}
-> policy_kept

=== late_owned ===
{runner: On Monday the runner call goes into the tills briefing.} #ending: Late for him, owned #outcome: no-better
-> END

=== policy_kept ===
The bag was safe the whole time. #ending: A policy kept, a customer lost #outcome: worse-off
-> END
