# title: The Bag on the Packing Shelf
# summary: On a packed Saturday a customer who has just paid leaves his daughter's birthday present at your till and heads for the car park, and you decide what the queue, the till and he are each owed.
# role: Cashier at a big-box store
# setting: store-checkout
# customer: Gareth Pryce
# look: Gareth Pryce: short hair, beard
# minutes: 7

-> spot

// ---------------------------------------------------------------
// Decision 1: the bag. Run, look first, or keep it safe.
// ---------------------------------------------------------------
=== spot ===
Saturday, twenty to two. Seven tills open out of twenty, and every line reaches back into the aisles. #scene: store-checkout
On till 7 you finish a man's shop: paper plates, a bag of balloons, two big bottles of squash, and a small carrier with a boxed watercolour set and a number seven candle. #sfx: till-beep
His phone buzzes while the card goes through. He answers it with his shoulder and bags with his free hand.
No, the soft play said three. Three o'clock. I'm leaving now, I promise. #speaker: Gareth Pryce #mood: worried
He takes his receipt, scoops up the big bags and is gone through the doors. #sfx: door-chime
The small carrier is still on the packing shelf. A gift tag on the box says, in careful capitals, FFION, 7 TODAY.
Bev Harland, next in line, is already lifting her first tin onto the belt. Five more people wait behind her.
* [Grab the bag and run for the doors #empathy +2 #stewardship -2 #awareness -1 #feedback: Going at once gives him the best chance, but you leave a logged-in till and a queue with no idea where you went. A few seconds of thought would have covered both.]
    You are round the end of the till before Bev has put her tin down.
    -> run
* [Check the receipt and look out of the front window before you move #awareness +2 #foresight +1 #feedback: Ten seconds of looking tells you his name and where he has parked. It makes the run surer, not slower.]
    -> cover
* [Put the bag safely under the counter for when he comes back #stewardship +1 #empathy -2 #barrier: no-assistance #feedback: It keeps your line moving and the present safe, but it leaves him to find the gap at the party. Hoping a customer comes back is the easy choice, not the serving one.]
    -> aside

// ---------------------------------------------------------------
// Decision 2 (three ways in): who minds the till while you go.
// ---------------------------------------------------------------
=== run ===
Halfway to the doors you remember. Your till is still logged in, the drawer key is in it, and your queue is watching you go.
* [Keep going, because he is nearly at his car #empathy +1 #stewardship -2 #feedback: The speed is for him, but an open till and a puzzled queue hand your problem to everyone else.]
    Behind you, someone asks whether till 7 is closing.
    -> carpark
* [Go back, lock the till and tell the queue why, then run #stewardship +2 #community +1 #empathy -1 #feedback: It costs you twenty seconds. That is a fair trade for a safe till and a queue that knows you are coming back.]
    Back in ten. Someone left their little girl's present. #speaker: You
    Bev waves you off.
    Go on, then. Quick. #speaker: Bev
    -> carpark
* [Shout to Jade on till 6 to keep an eye on your till as you pass #community +1 #stewardship +1 #awareness -1 #feedback: Asking a colleague shares the job, but shouting it across the tills drops it on a new starter who has her own line.]
    Jade looks at your till, then at her own queue, and nods without much confidence.
    -> carpark

=== cover ===
The receipt says G. PRYCE. Through the glass you can see him in row C, pushing the big bags into the boot of a grey estate, phone still at his ear.
* [Radio Sandra, the front-end manager, and ask before you leave the till #stewardship +1 #foresight +1 #empathy -2 #feedback: Asking first respects the rule, but the rule was not written for a man about to drive away. Keep the till safe, go, and explain afterwards.]
    Sandra, it's till 7, can I leave my till for two minutes? A customer left a bag. #speaker: You
    The radio hisses. Nothing. After half a minute you give up and go, and by then he is in the driver's seat.
    -> carpark
* [Lock the till and go, trusting the closed sign to tell the queue #stewardship +2 #community -1 #feedback: The money is safe, but a sign tells six tired people nothing about whether to stay. One sentence would have kept them with you.]
    You turn the key and go. Behind you, someone groans that till 7 is closing.
    -> carpark
* [Lock the till and tell your queue where you are going and why #community +2 #persuasion +1 #stewardship +1 #feedback: Locking keeps the money safe, and a reason turns a queue into people on your side. Most will wait two minutes for a good one.]
    Two minutes, everyone. That gentleman left his daughter's birthday present. #speaker: You
    Go on, love. I'd want someone to do it for me. #speaker: Bev
    Further back, a man in a hi-vis jacket looks at his watch and says nothing.
    -> carpark

=== aside ===
You tuck the bag under the counter and start on Bev's shopping: beans, bleach, a birthday card with a tractor on it. #sfx: till-beep
Bev has been watching you.
That was the gentleman's, wasn't it? He's still out there, look. Sitting in his car on the phone. #speaker: Bev
* [Ask the service desk to call his name over the speakers #community +1 #stewardship +1 #empathy -1 #feedback: A tannoy call shares the job and keeps your till open, but it cannot reach a man sitting in a car with the windows up.]
    Ayesha on the service desk reads out his name twice. Nobody comes. When you look up again, row C is empty.
    -> later
* [Take Bev's hint: lock the till, tell the queue and go #listening +1 #empathy +2 #community +1 #feedback: Changing your mind when someone shows you the cost is a strength, not a climb-down. Bev saw what you had let slip.]
    You're right. Hold that thought, Bev. Two minutes, everyone. #speaker: You
    -> carpark
* [Thank Bev and keep serving; the bag is safe and he will notice soon #stewardship +1 #empathy -2 #barrier: protect-workflow #feedback: Safe is not the same as served. He will notice at the party, twenty minutes' drive away.]
    He'll be back for it, I'm sure. #speaker: You
    Bev says nothing, and packs her own tins.
    -> later

// ---------------------------------------------------------------
// Decision 3: the car park. How to stop a driver on the phone.
// ---------------------------------------------------------------
=== carpark ===
Outside the air smells of hot tarmac and trolleys rattle in the bays. #scene: car-park
The grey estate's reversing lights come on. He is still on the phone, looking back over the other shoulder.
* [Stand clear at the end of the row, hold the bag up high and call out #awareness +2 #foresight +1 #feedback: Standing where he will look, and well clear of the car, gets his attention without putting either of you at risk.]
    He catches the bag in his mirror and stops. The window slides down.
    -> handover
* [Step into the lane behind the car and wave the bag #empathy +1 #foresight -2 #feedback: You are right that he would hate to miss it, but standing behind a reversing car with a driver on the phone is how people get hurt. Stay where he can see you.]
    The brakes bite hard and the car lurches. The window comes down fast.
    What are you doing? I nearly hit you! #speaker: Gareth Pryce #mood: angry
    Then he sees the bag, and all the colour goes out of his face.
    -> handover
* [Run alongside and knock on the driver's window #empathy +1 #awareness +1 #foresight -1 #feedback: It is quick and it works, but a knock on the glass of a moving car startles anyone. A few metres of distance would have done the same job safely.]
    He jumps, brakes, and stares at you through the glass before the window comes down.
    -> handover

// ---------------------------------------------------------------
// Decision 4: the handover. What he tells you, and what you do with it.
// ---------------------------------------------------------------
=== handover ===
He takes the bag and holds it on his lap for a moment.
Oh, no. The present. I'd have got all the way there. #speaker: Gareth Pryce #mood: relieved
Sorry. My head's all over the place. It's her first birthday since her mum and I split, and I'm doing the party on my own. #speaker: Gareth Pryce #mood: worried
* [Ask how he is managing, and let him talk #listening +2 #empathy +2 #stewardship -2 #feedback: Listening matters, but ten minutes in a car park serves neither him, with a party at three, nor your queue. Hear him briefly, then let him go.]
    He talks: the hall, the cake, the ex-wife's new partner who will be there. You listen. Twelve minutes pass.
    Thanks. I needed that. I'm going to be late, mind. #speaker: Gareth Pryce #mood: calm
    -> back
* [Tell him it happens a dozen times a day and wish Ffion a happy birthday #healing +1 #awareness +1 #listening -1 #feedback: Taking the embarrassment off him is kind and quick, but it skates past what he just trusted you with.]
    Happens all day long. Happy birthday to Ffion. #speaker: You
    Yeah. Thanks. Really. #speaker: Gareth Pryce #mood: calm
    -> back
* [Tell him he is clearly working hard for her, and ask if anything else is missing #healing +2 #foresight +2 #feedback: A kind word for the worry and one practical question: he leaves lighter, and with everything he needs.]
    You've clearly put a lot into today. Is everything else in the boot? #speaker: You
    He checks the boot.
    Paper. I was going to get wrapping paper. #speaker: Gareth Pryce
    The service desk just inside the doors sells gift bags. You walk him in. He buys one and is back in his car in ninety seconds.
    I can do this. Thank you. #speaker: Gareth Pryce #mood: relieved
    -> back

// ---------------------------------------------------------------
// Decision 5: back at the till. The queue.
// ---------------------------------------------------------------
=== back ===
Back at till 7, your line is one shorter: a young couple have drifted across to Jade. #scene: store-checkout
Behind Bev, the man in hi-vis folds his arms. He has a meal deal and a pack of cable ties.
Nice for some. I've got a fifteen-minute lunch and ten of it's gone. #speaker: Lee
* [Apologise to the line, give the reason in one sentence, and start scanning #community +2 #persuasion +1 #feedback: A short reason and a quick start tell people their time matters too. The grumble has nowhere to grow.]
    Sorry, all. A dad left his daughter's birthday present. Right, Bev, let's get you out. #speaker: You
    Lee unfolds his arms.
    Fair enough, I suppose. #speaker: Lee
    -> sandra
* [Ask Bev if Lee can go first with his two items #awareness +2 #empathy +1 #community -2 #feedback: Seeing who is shortest of time is sharp, but it asks Bev to pay for your absence with her place. The fix for a wait you caused should cost you, not another customer.]
    Bev shrugs and lets him through. Lee is gone in forty seconds. Bev takes a little longer to smile again.
    -> sandra
* [Say nothing and scan as fast as you can #stewardship +1 #empathy -1 #feedback: Speed is a kind of respect, but silence leaves the grumble to spread down the line.]
    You fly through Bev's shopping. Lee mutters something to the woman behind him.
    -> sandra

// ---------------------------------------------------------------
// Decision 6: Sandra and the rule.
// ---------------------------------------------------------------
=== sandra ===
Ten minutes later Sandra comes along the tills with her radio and a clipboard.
Jade says you left your till. You know the rule. Nobody leaves a till on a Saturday. #speaker: Sandra
* [Tell her anyone would have done the same, and you would do it again #empathy +1 #persuasion -2 #community -1 #feedback: You were right to go, but a defensive answer makes her defend the rule. Explain what happened instead of arguing.]
    Sandra's mouth goes thin.
    We'll talk about it at the end of your shift. #speaker: Sandra
    -> jade
* [Apologise and promise it will not happen again #stewardship +1 #empathy -1 #barrier: follow-procedures #feedback: Keeping the peace respects her job, but the promise teaches everyone that the rule matters more than the customer.]
    Sandra nods and moves on. You feel oddly flat.
    -> jade
* [Tell her what happened, then suggest a way to do it next time #conceptualization +2 #persuasion +2 #feedback: Turning one good deed into a simple plan makes the rule serve customers instead of the other way round, and gives her something to say yes to.]
    A dad left his girl's present. I locked up and was gone four minutes. Could we have a radio call for a runner, so nobody has to leave a till? #speaker: You
    Sandra thinks about it.
    A runner call. We could do that. Put it in writing for me. #speaker: Sandra
    -> jade

// ---------------------------------------------------------------
// Decision 7: Jade, in her second week, and what she learns from it.
// ---------------------------------------------------------------
=== jade ===
At the end of the shift Jade catches you by the lockers. She is eighteen, in her second week, and still apologises to the till when it jams.
Would you really do that again? I'd be scared of getting sacked. #speaker: Jade
* [Tell her not to risk it while she is new #stewardship +1 #growth -2 #feedback: It protects her for now, but it teaches her that the safe job is the one that lets the customer drive away.]
    -> ending_rule
* [Walk her through it: keep the till safe, tell the queue, go, then tell Sandra #growth +2 #community +1 #feedback: You pass on the judgement, not just the story, so she can make the same call herself next time.]
    -> ending_best
* [Laugh and say you would do it in a heartbeat #empathy +1 #growth -1 #feedback: Your heart is in the right place, but bravado gives her nothing to act on when she is alone at a till.]
    -> ending_solid

// ---------------------------------------------------------------
// The side road: the bag stays under the counter.
// ---------------------------------------------------------------
=== later ===
At ten past three the doors open and Gareth Pryce comes back at a jog, red in the face, and heads straight for till 7. #sfx: door-chime
Did I leave a bag here? A little one. It's my daughter's present. The party's already started. #speaker: Gareth Pryce #mood: frustrated
* [Hand it over, and explain that cashiers are not allowed to leave their tills #stewardship +1 #empathy -2 #barrier: defensive #feedback: The rule is real, but explaining it now is a defensive answer. It serves you, not him.]
    So you saw it and just left it. #speaker: Gareth Pryce #mood: angry
    -> later_need
* [Hand it straight over and say you saw it and should have come after him #healing +2 #empathy +1 #feedback: Owning it takes the sting out. He does not need a reason, he needs the bag and someone on his side.]
    I saw it go, and I should have come after you. I'm sorry. #speaker: You
    He breathes out.
    Well. At least it's here. #speaker: Gareth Pryce #mood: worried
    -> later_need

=== later_need ===
He looks at the bare box.
And I've no wrapping paper. Forget it. She'll have it as it is. #speaker: Gareth Pryce
* [Point him to the gift wrap in aisle 14 #awareness +1 #empathy -1 #barrier: no-assistance #feedback: It is accurate help, but it sends a man who is already late back into the shop.]
    He looks at the aisles, then at his watch, and leaves with the bare box.
    -> later_sandra
* [Ask Sandra if the store can give him a gift bag for his trouble #community +2 #persuasion +1 #feedback: Asking the person who can say yes bends the rule in the open, and puts the store's weight behind the apology.]
    Sandra hears it in one sentence and brings a gift bag and a card herself. Gareth manages a smile. #mood: relieved
    -> later_sandra
* [Pay for a gift bag from the stand by your till yourself #empathy +2 #stewardship -1 #feedback: Generous, and he will remember it, but quietly paying for the store's miss hides it from the people who could fix it.]
    It's two pounds and he will not let you, then he does. #mood: calm
    -> later_sandra

=== later_sandra ===
That evening Sandra stops at your till as you cash up.
I heard about the bag. What would you do next time? #speaker: Sandra
* [Say you would keep it behind the counter, as the rule says #stewardship +1 #growth -1 #barrier: follow-procedures #feedback: It is safe for you, and it leaves the next customer exactly where Gareth was.]
    Sandra nods, and ticks something on her clipboard.
    -> later_jade
* [Suggest a radio call for a runner, so nobody has to choose between till and customer #conceptualization +2 #foresight +1 #feedback: You turn a miss into a system that catches the next one. That is stewardship of the whole store.]
    A runner call. Write it up and I'll take it to the Monday meeting. #speaker: Sandra
    -> later_jade

=== later_jade ===
Jade has been listening from till 6. She is eighteen and in her second week.
Should you have run after him, then? Would I be allowed? #speaker: Jade
* [Tell her honestly that you should have, and how: lock the till, tell the queue, go #growth +2 #healing +1 #feedback: Owning your miss in front of a new starter teaches her more than any success story. She now knows what to do.]
    -> ending_late
* [Tell her rules are rules, and the bag was safe #stewardship +1 #growth -2 #barrier: follow-procedures #feedback: It sounds responsible, but it teaches her that a safe bag matters more than a late party.]
    -> ending_policy

// ---------------------------------------------------------------
// Endings
// ---------------------------------------------------------------
=== ending_best ===
The following Saturday a grey estate parks in row C, and Gareth Pryce comes to till 7 with a small girl holding his hand. #scene: store-checkout
This is the one who saved your birthday. Go on, Ffion. #speaker: Gareth Pryce #mood: delighted
Ffion hands you a watercolour of a very large shop with one very small person running out of it.
On Monday a new line appears in the tills briefing: forgotten items get a radio call, and the nearest free colleague runs. Jade makes the first call herself. #ending: A present delivered, a habit passed on
-> END

=== ending_solid ===
A week later a comment card reaches Sandra's office. Thank you to the cashier on till 7, it says. My daughter painted all evening. #mood: relieved
Jade keeps the story as a good one to tell. The next time a bag is left on her packing shelf, she stands at her till and looks at it for a long time. #ending: Delivered, but not passed on
-> END

=== ending_rule ===
Gareth Pryce's comment card says the cashier on till 7 made his daughter's day. #mood: relieved
Three weeks later a pensioner leaves her hearing-aid batteries on Jade's packing shelf. Jade puts them under the counter, the way she was told. Nobody comes back for them. #ending: One saved, the next one missed
-> END

=== ending_late ===
At a quarter to four Ffion opens her present in front of the whole party, just before the cake. #scene: store-checkout
A month later a teenager leaves his new football boots on Jade's packing shelf. She locks her till, tells her queue, and catches him before he has left row A. #ending: Late for him, in time for the next
-> END

=== ending_policy ===
The present reaches the party an hour late. #scene: store-checkout
Gareth Pryce does his big shop somewhere else after that, and never says why. #mood: frustrated
Jade keeps the rule. The next forgotten bag waits under her counter too. #ending: A policy kept, a customer lost
-> END
