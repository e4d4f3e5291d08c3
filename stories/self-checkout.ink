# title: Approval Needed
# summary: The self-checkouts keep locking up while the queue grows and the only key-holder is nowhere to be found, and an older man with a bus to catch is stuck at terminal four.
# role: Floor associate without an override card
# setting: self-checkout
# customer: Clement Adeyemi
# look: Clement Adeyemi: bald, beard, dark skin
# minutes: 7

-> bank

// ---------------------------------------------------------------
// Decision 1: the first contact. Radio, go over, or call across.
// ---------------------------------------------------------------
=== bank ===
Thursday, five to three. You are facing up the biscuit aisle when the self-checkout bank starts to beep. #scene: self-checkout
There are eight terminals. Two have been taped off since Tuesday. A third, number six, shows a small CARD ONLY sign that nobody reads.
At terminal four a tall man in a tweed cap stands very straight beside a flashing red light. #sfx: error-buzz
Behind him the line runs back past the flowers: a woman with a toddler on her hip, a student with a meal deal, four more.
You have no key card. Nicole, the only supervisor on the floor who does, went into the cash office ten minutes ago.
Excuse me. Is there anybody working here at all? #speaker: Clement Adeyemi #mood: frustrated
* [Radio Nicole for an approval before you go over #foresight +1 #awareness +1 #empathy -1 #feedback: Calling the key-holder early is quick thinking, but he is left talking to a flashing screen with nobody looking at him.]
    Nicole, approval needed at the self-checkouts, terminal four. #speaker: You
    The radio hisses. No answer. When you reach him he has been watching you talk into your shoulder.
    -> approval
* [Go over, say hello and ask him what has happened #listening +2 #empathy +1 #feedback: Making contact first tells him he has been seen, and asking tells you what you are dealing with before you call anyone.]
    Hello, I'm here. What's it doing to you? #speaker: You
    He lets out a breath. #mood: worried
    -> approval
* [Call across that someone will be with him in a moment, and finish the shelf #stewardship +1 #listening -1 #empathy -1 #barrier: protect-workflow #feedback: Finishing your task is tidy, but someone and a moment are words he has heard from machines all week. Three steps closer would have told you what he needed.]
    Someone will be with you in a moment, sir! #speaker: You
    Someone? You are someone. #speaker: Clement Adeyemi #mood: angry
    You put the last packet straight and go over.
    -> approval

// ---------------------------------------------------------------
// Decision 2: the approval. The proper route, a colleague, or a way nobody thinks of.
// ---------------------------------------------------------------
=== approval ===
He gives you his name, Clement Adeyemi, and then everything else in a rush.
It wants an approval for the sherry. I am seventy-six years old. Does it think I am sixteen? #speaker: Clement Adeyemi
My wife comes home from hospital tonight. One glass of sherry on a Sunday, forty-one years. And the Hopper bus goes at quarter past. It is the last one. #speaker: Clement Adeyemi #mood: worried
Twenty metres away, Ollie on till 1 has a staff login and a queue of eight. Nicole's radio stays silent.
* [Ask Ollie to step over for the ten seconds an approval takes #community +2 #persuasion +1 #feedback: A colleague with the right login is the quickest way to yes. Asking with a reason makes it a favour she is glad to do.]
    Ollie, ten seconds? Gentleman's got a bus to catch. #speaker: You
    Ollie glances at her queue, comes over, taps her card on the attendant screen and is back before her next customer has finished unpacking.
    Thank you. Both of you. #speaker: Clement Adeyemi #mood: relieved
    -> bagging
* [Keep radioing Nicole, and tell him she will be along any minute #stewardship +1 #empathy -1 #foresight -1 #barrier: follow-procedures #feedback: It follows the proper route, but you promise a minute you cannot promise, and his bus will not wait for the route.]
    She'll be along any minute now. #speaker: You
    -> wait
* [Ring the pharmacy counter, where the manager also holds a key card #conceptualization +2 #foresight +1 #empathy -1 #feedback: Finding a key-holder nobody thinks of is good problem solving, though the four minutes it takes are four he does not have to spare.]
    Mrs Kaur comes across from the pharmacy in her white coat, approves the sherry and asks whether you will need her again. It has taken four minutes.
    Clement thanks her, and keeps looking at the clock above the doors. #mood: calm
    -> bagging

=== wait ===
You radio again. And again. The light on terminal four keeps blinking.
Four minutes pass. The line behind him has grown to nine. Clement looks at the clock above the doors, then at you.
I have seven minutes. Is she coming or isn't she? #speaker: Clement Adeyemi #mood: angry
* [Stop waiting and ask Ollie on till 1 to step over and approve it #community +1 #awareness +1 #feedback: Changing course when the plan is failing is the right call. Ten seconds from Ollie would have saved him five minutes of worry.]
    Ollie comes over, taps her card and is back on her till in ten seconds.
    Ten seconds. I have been standing here five minutes. #speaker: Clement Adeyemi #mood: frustrated
    -> bagging
* [Tell him honestly that there is nothing you can do without a key-holder #stewardship +1 #empathy -2 #persuasion -1 #barrier: defensive #barrier: rigid-systems #feedback: Every word is true, and it is the defensive answer that explains the system instead of looking for a way round it.]
    I'm sorry. I haven't got the card. There's nothing I can do until she comes. #speaker: You
    -> gone

// ---------------------------------------------------------------
// Decision 3: the machine again. Do it for him, or with him.
// ---------------------------------------------------------------
=== bagging ===
He scans the chicken, the grapes and a get-well card, then sets his own folded shopping bag on the scale. #sfx: error-buzz
Unexpected item in the bagging area, the machine announces, for the whole line to hear.
Clement lifts his hands off everything as if it were hot.
I can't do these things. Grace does all this. I'll break it. #speaker: Clement Adeyemi #mood: worried
* [Tell him the machines are easy once you get used to them #growth +1 #empathy -2 #barrier: over-reliance-on-tech #feedback: It is meant as encouragement, but it tells him the problem is him rather than a fussy machine. A worried man needs a hand before a pep talk.]
    Clement's jaw tightens. He says nothing, and waits for you to fix it. #mood: frustrated
    -> queue
* [Take over and finish scanning for him as fast as you can #empathy +1 #awareness +1 #growth -1 #feedback: Speed is what he needs today, and he gets it. He leaves no surer of the machine than he came, and next week it will be the same.]
    You clear the error and scan the rest in thirty seconds. He watches your hands and not the screen.
    -> queue
* [Show him what set it off, then let him finish with you beside him #growth +2 #healing +1 #feedback: One sentence of why turns a scolding machine into something he can handle. He stays in charge of his own shopping, and it costs under a minute.]
    It's only weighing things, and your bag surprised it. Lift it off, press here, put it back. #speaker: You
    He does. The machine goes quiet. He scans the last two things himself.
    Well. Grace will not believe it. #speaker: Clement Adeyemi #mood: calm
    -> queue

// ---------------------------------------------------------------
// Decision 4: the rest of the line.
// ---------------------------------------------------------------
=== queue ===
Behind him the toddler on Shona's hip has started a long, rising wail. She is trying to hold a basket and a dummy at once.
Is anyone helping the rest of us, or just him? #speaker: Shona
The student behind her points down the bank.
Isn't six free? It's been free for ages. #speaker: Tariq
* [Leave Clement for a minute to help Shona first #empathy +1 #foresight -1 #feedback: Her need is real, but walking away from a man mid-payment with a bus to catch splits your help in two. Ten more seconds would have finished his.]
    You take Shona's basket and start her on terminal seven. Behind you Clement has a card in his hand and no idea where to put it.
    -> nicole
* [Tell the whole line that six is free but takes cards only, and that you are with them next #community +2 #awareness +1 #feedback: One sentence to the whole line moves three people and tells the rest they have been seen. It costs Clement nothing.]
    Terminal six is free, cards only! I'm with the rest of you in two minutes. #speaker: You
    Tariq and two others peel off. Shona mouths thank you over the toddler's head.
    -> nicole
* [Keep your attention on Clement, since they can see you are busy #empathy +1 #community -2 #feedback: Full attention for one customer is good, but the line cannot tell whether anyone knows they are there.]
    Shona sighs loudly. Someone further back abandons a basket by the flowers.
    -> nicole

// ---------------------------------------------------------------
// Decision 5: the key-holder arrives, in front of the customer.
// ---------------------------------------------------------------
=== nicole ===
Nicole arrives at a fast walk, keys swinging. She has been counting a till in the cash office with the door shut.
Who's been doing approvals on my bank? Approvals come to me. #speaker: Nicole
She says it in front of Clement, who becomes very interested in his receipt.
* [Apologise and promise to wait for her next time #stewardship +1 #empathy -1 #feedback: It keeps the peace, but it promises the next customer the same wait Clement had.]
    Sorry. I'll wait for you next time. #speaker: You
    Nicole nods. Clement glances at you, then away.
    -> bus
* [Tell her you radioed and she did not answer #awareness +1 #persuasion -2 #community -1 #feedback: It is true, but a defensive answer in front of a customer turns his shopping into the staff's argument. Save the facts for after he has gone.]
    I did radio. Three times. #speaker: You
    Nicole's face sets. Clement looks at the floor. #mood: worried
    -> bus
* [Say you will explain properly once this gentleman is on his way #awareness +2 #stewardship +1 #feedback: Keeping the customer out of a staff conversation protects him and her. It does not dodge the question, it puts it in the right place.]
    Happy to explain, Nicole. Can it wait two minutes, till Mr Adeyemi's on his bus? #speaker: You
    Nicole looks at Clement, then at the clock, and nods.
    -> bus

// ---------------------------------------------------------------
// Decision 6: the bus. This customer against the line.
// ---------------------------------------------------------------
=== bus ===
Through the front windows the little white Hopper bus pulls into the bay. The doors hiss open. #sfx: door-chime
That's mine. He won't wait. He never waits. #speaker: Clement Adeyemi #mood: worried
He has three bags, a walking stick and forty metres of car park to cover.
* [Ask Nicole to cover the bank, and carry his bags out to the bus with him #empathy +2 #community +1 #feedback: Handing the bank to the key-holder for two minutes lets you see him onto the bus, and nobody in the line is left without help.]
    Nicole takes the bank without a word. You walk Clement out at his pace, bags in your hands, and pass them up to him on the step.
    -> close
* [Run ahead and ask the driver for one more minute #foresight +2 #empathy +1 #stewardship -1 #feedback: Buying him a minute lets him walk out at his own pace, but you leave the bank unwatched with the line still long.]
    The driver, a big man with a flask, says he'll give it a minute. Clement makes it with his bags and his stick and ten seconds to spare.
    -> close
* [Stay with the line and tell him he has time if he goes now #stewardship +1 #awareness +1 #empathy -1 #feedback: The line needs you too, but a man with a stick and three bags against a timetable is a gamble you have left him to take alone.]
    He goes as fast as he can. From the bank you watch the driver wait, with bad grace, and the bus pull away.
    -> close

// ---------------------------------------------------------------
// Decision 7: after the rush. The bank, the card, and whose job it is.
// ---------------------------------------------------------------
=== close ===
At six the rush has gone. Nicole finds you beside the bank, where two terminals are still taped off. #scene: self-checkout
Go on, then. What happened? #speaker: Nicole
On the attendant screen, the fault log shows that nobody has reported terminals two and five since Tuesday.
* [Log the two dead terminals with what each one does wrong, and leave it there #stewardship +2 #foresight +1 #feedback: A clear fault report gets the bank fixed, but the next customer stuck on an approval will still wait for the one key card.]
    -> ending_fixed
* [Tell her what happened, and leave the machines to those trained on them #stewardship +1 #growth -1 #community -1 #barrier: not-my-job #feedback: It is an honest answer, and it is also not my job in politer words. The next queue will be just as long.]
    -> ending_same
* [Tell her what happened, log the dead terminals, and ask to be trained for approvals #conceptualization +2 #growth +1 #persuasion +1 #feedback: You turn one bad afternoon into a fix for the system: fewer waits for customers, and fewer interruptions for her.]
    -> ending_best

// ---------------------------------------------------------------
// The side road: he gives up.
// ---------------------------------------------------------------
=== gone ===
Clement looks at you for a long moment, then sets his basket down on the terminal.
Keep it. I'll not miss the last bus for a bottle of sherry. #speaker: Clement Adeyemi #mood: angry
He walks to the doors with his stick, leaving the chicken, the grapes, the get-well card and the sherry.
* [Catch him at the door and offer to hold his basket at customer services under his name #foresight +1 #healing +1 #feedback: It cannot save today, but it tells him someone noticed, and it leaves him a door back in.]
    He stops, and turns round.
    Under Adeyemi. Thank you. #speaker: Clement Adeyemi #mood: frustrated
    -> gone_nicole
* [Let him go, and put his shopping back on the shelves #stewardship +1 #empathy -1 #feedback: Tidy, and it respects his choice, but he leaves with nothing and the store never hears why.]
    -> gone_nicole

=== gone_nicole ===
Nicole arrives five minutes later. She has been counting a till with the door shut and her radio on the desk.
What did I miss? #speaker: Nicole
* [Tell her you radioed five times, and that approvals are not your job #stewardship +1 #persuasion -1 #community -1 #barrier: not-my-job #feedback: It is all true, and it makes the afternoon someone else's fault. She hears an accusation, not a problem to solve.]
    Nicole bristles and goes to clear the queue herself.
    -> gone_close
* [Tell her straight that a customer walked out, and that you never thought to ask Ollie #awareness +1 #growth +1 #feedback: Owning what you missed, without blaming her, is how a team learns. It also tells her the real cost.]
    Nicole winces.
    Ollie could have done it. So could Mrs Kaur in pharmacy. I should have told you. #speaker: Nicole
    -> gone_close

=== gone_close ===
At six the rush has gone, and the bank is quiet at last. #scene: self-checkout
* [Log the two dead terminals, and leave it there #stewardship +1 #foresight +1 #feedback: It gets the machines fixed, but the approval that cost Clement his shopping still waits for one key card.]
    -> ending_gone
* [Log the terminals, and ask Nicole to train floor staff for approvals #conceptualization +2 #growth +1 #feedback: You turn the worst moment of the day into a change that stops it happening again.]
    -> ending_gone_fix

// ---------------------------------------------------------------
// Endings
// ---------------------------------------------------------------
=== ending_best ===
A fortnight later you pass your approvals training, and terminals two and five come back to life. #scene: self-checkout
On Thursday Clement Adeyemi comes in early, with a small woman in a bright headscarf on his arm.
This is Grace. She wanted to meet you. And she wants her sherry. #speaker: Clement Adeyemi #mood: delighted
At terminal four the light flashes red. You tap your own card, and Grace laughs out loud. #ending: Approved, and a card of your own
-> END

=== ending_fixed ===
By Monday terminals two and five are working again, and the line at the bank is half as long. #scene: self-checkout
Clement Adeyemi comes in the next Thursday, buys his sherry, and waits seven minutes for Nicole to approve it. He catches the bus, just. #mood: relieved #ending: The machines fixed, the wait left
-> END

=== ending_same ===
Terminals two and five stay taped off for another three weeks. #scene: self-checkout
Clement Adeyemi never uses the bank again. He queues at till 1 behind nine people, and tells Grace the shop has gone downhill. #mood: frustrated #ending: Not my job, politely
-> END

=== ending_gone ===
Clement Adeyemi does not come back. #scene: self-checkout
Grace comes home that evening to no sherry, and a husband who does not want to talk about the shop. #mood: angry #ending: The machine won
-> END

=== ending_gone_fix ===
Nicole takes your note to the store manager, and by the end of the month every floor associate can approve an age check. #scene: self-checkout
Clement Adeyemi shops somewhere else now. The next man with a bus to catch is through in ten seconds. #mood: calm #ending: Too late for him, in time for the next
-> END
