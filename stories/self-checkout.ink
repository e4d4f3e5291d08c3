# title: Approval Needed
# summary: The self-checkouts keep locking up while the queue grows and the only key-holder is nowhere to be found, and a man with the last bus to catch is stuck at terminal four.
# role: Floor associate without an override card
# setting: self-checkout
# customer: Clement Adeyemi
# pronouns: he/him
# look: Clement Adeyemi: bald, beard, dark skin
# minutes: 7

// What carries from one decision to the next:
// trust: how far Clement believes someone here is on his side; it shapes his replies and the ending.
// left: minutes until the last Hopper bus leaves; every choice spends some, and the bus does not wait.
// scale_heard: you asked what terminal four keeps doing, so the fault can be logged as he saw it.
// caught: whether he made the bus.
VAR trust = 0
VAR left = 10
VAR scale_heard = false
VAR caught = false
VAR route = ""
// afterwards: what you did with the afternoon; shrugging it off costs the best ending its epilogue.
VAR afterwards = ""

-> bank

// ---------------------------------------------------------------
// Decision 1: the first contact. Radio, go over, or call across.
// ---------------------------------------------------------------
=== bank ===
Thursday, five past three. You are facing up the biscuit aisle when the self-checkout bank starts to beep. #scene: self-checkout
There are eight terminals. Two have been taped off since Tuesday. A third, number six, shows a small CARD ONLY sign that nobody reads.
At terminal four a tall man in a tweed cap stands very straight beside a flashing red light. #sfx: error-buzz
Behind him the line runs back past the flowers: a woman with a toddler on her hip, a student with a meal deal, four more.
You have no key card. Nicole, the only supervisor on the floor who does, went into the cash office ten minutes ago.
Excuse me. Is there anybody working here at all? #speaker: Clement Adeyemi #mood: frustrated
* [Radio Nicole for an approval before you go over #foresight +1 #empathy -1 #feedback: Calling the key-holder early is quick thinking, but he is left talking to a flashing screen with nobody looking at him.]
    Nicole, approval needed at the self-checkouts, terminal four. #speaker: You
    The radio hisses. No answer. When you reach him he has been watching you talk into your shoulder.
    -> approval
* [Go over, say hello and ask him what has happened #listening +2 #empathy +1 #feedback: Making contact first tells him he has been seen, and asking tells you what you are dealing with before you call anyone.]
    ~ trust = trust + 1
    ~ left = left - 1
    Hello, I'm here. What's it doing to you? #speaker: You
    He lets out a breath. #mood: worried
    -> approval
* [Call across that someone will be with him in a moment #listening -1 #empathy -1 #barrier: protect-workflow #feedback: Finishing your shelf is tidy, but someone and a moment are words he has heard from machines all week. Three steps closer would have told you what he needed.]
    ~ trust = trust - 1
    ~ left = left - 1
    Someone will be with you in a moment, sir! #speaker: You
    Someone? You are someone. #speaker: Clement Adeyemi #mood: angry
    You put the last packet straight and go over.
    -> approval

// ---------------------------------------------------------------
// Decision 2: the approval. Two good ways, each paid for by someone.
// ---------------------------------------------------------------
=== approval ===
He gives you his name, Clement Adeyemi, and then everything else in a rush.
It wants an approval for the sherry. I am seventy-six years old. Does it think I am sixteen? #speaker: Clement Adeyemi
My wife comes home from hospital tonight. One glass of sherry on a Sunday, forty-one years. And the Hopper bus goes at quarter past. It is the last one. #speaker: Clement Adeyemi #mood: worried
Twenty metres away, Ollie on till 1 has an approval login and a queue of eight. The pharmacy manager, Mrs Kaur, holds a key card too, four minutes away at the back of the store. Nicole's radio stays silent.
* [Ask Ollie to step over from till 1 for ten seconds #community +2 #stewardship -1 #feedback: A colleague with the right login is the quickest way to yes, and asking with a reason makes it a favour. Her queue of eight waits, and her drawer stands open while she is away.]
    ~ trust = trust + 1
    ~ left = left - 1
    ~ route = "ollie"
    Ollie, ten seconds? Gentleman's got a bus to catch. #speaker: You
    Ollie locks her drawer, glances at her queue, comes over and taps her login on the attendant screen. A woman at till 1 folds her arms.
    Thank you. Both of you. #speaker: Clement Adeyemi #mood: calm
    -> bagging
* [Ring the pharmacy: Mrs Kaur holds a key card too #foresight +1 #stewardship +1 #empathy -1 #feedback: Nobody leaves a till and no drawer stands open. But it takes four of the ten minutes he has, and he spends them watching the clock.]
    ~ trust = trust + 1
    ~ left = left - 4
    ~ route = "kaur"
    Mrs Kaur comes across from the pharmacy in her white coat and approves the sherry. It has taken four minutes.
    Clement thanks her, and keeps looking at the clock above the doors. #mood: worried
    -> bagging
* [Keep radioing Nicole, and tell him she'll be along any minute #empathy -1 #foresight -1 #barrier: follow-procedures #feedback: It follows the proper route, but you promise a minute you cannot promise, and his bus will not wait for the route.]
    She'll be along any minute now. #speaker: You
    -> wait

=== wait ===
You radio again. And again. The light on terminal four keeps blinking.
~ left = left - 4
Four minutes pass. The line behind him has grown to nine. Clement looks at the clock above the doors, then at you.
I have six minutes. Is she coming or isn't she? #speaker: Clement Adeyemi #mood: angry
* [Stop waiting and ask Ollie on till 1 to come and approve it #community +1 #awareness +1 #stewardship -1 #feedback: Changing course when the plan is failing is the right call, though her queue pays for it now. Asking her first would have saved him four minutes of worry.]
    ~ route = "ollie"
    ~ left = left - 1
    Ollie locks her drawer, comes over, taps her login and is back on her till in ten seconds.
    Ten seconds. I have been standing here five minutes. #speaker: Clement Adeyemi #mood: frustrated
    -> bagging
* [Tell him there is nothing you can do without a key-holder #empathy -2 #awareness -1 #barrier: defensive #barrier: rigid-systems #feedback: Every word is true, and it is the defensive answer: it explains the system instead of looking for a way round it.]
    I'm sorry. I haven't got the card. There's nothing I can do until she comes. #speaker: You
    -> gone

// ---------------------------------------------------------------
// Decision 3: the machine again. He is not the problem; the scale is. The bus is still coming.
// ---------------------------------------------------------------
=== bagging ===
He scans the chicken, the grapes and a get-well card, and sets his own folded shopping bag on the scale first, as the screen asks. #sfx: error-buzz
Unexpected item in the bagging area, the machine announces, for the whole line to hear.
Clement lifts his hands off everything and looks at the screen the way an engineer looks at a fault.
I put the bag down first, as it says. Number four does this every single week. #speaker: Clement Adeyemi #mood: frustrated
{left <= 4: The clock above the doors says ten past.}
* [Take over and scan the rest for him, fast #awareness +2 #empathy -1 #feedback: With his bus due, speed matters, and thirty seconds is all it takes. But he did nothing wrong, and your hands on his shopping tell the line he could not manage.]
    ~ left = left - 1
    You clear the error and scan the rest in thirty seconds. He stands back with his arms folded.
    I can do it, you know. It's the machine. #speaker: Clement Adeyemi
    -> queue
* [Ask him what number four does every week #listening +2 #awareness -2 #feedback: He has seen this fault more often than anyone on the staff, and asking treats him as the witness he is. It costs two of the few minutes he has before the bus.]
    ~ trust = trust + 1
    ~ left = left - 2
    ~ scale_heard = true
    What does it do, exactly? #speaker: You
    It reads forty grams with nothing on it. Then it thinks every bag is a stolen tin. I have told three of your colleagues. Nobody writes it down. #speaker: Clement Adeyemi
    You clear it. He scans the last two things himself, quickly. #mood: calm
    -> queue
* [Tell him the machines are easy once he gets the knack #empathy -2 #listening -1 #barrier: over-reliance-on-tech #feedback: It is meant as encouragement, but it tells him the problem is him rather than a faulty machine. He told you what it does; the screen was not the one to believe.]
    ~ trust = trust - 1
    ~ left = left - 1
    Clement's jaw tightens. He says nothing, and waits for you to fix it. #mood: angry
    -> queue

// ---------------------------------------------------------------
// Decision 4: the rest of the line.
// ---------------------------------------------------------------
=== queue ===
Behind him the toddler on Shona's hip has started a long, rising wail. She is trying to hold a basket and a dummy at once.
Is anyone helping the rest of us, or just him? #speaker: Shona
The student behind her points down the bank.
Isn't six free? It's been free for ages. #speaker: Tariq
* [Leave Clement for a minute to start Shona off first #empathy +1 #foresight -1 #feedback: Her need is real, but walking away from a man mid-payment with a bus to catch splits your help in two. Ten more seconds would have finished his.]
    ~ left = left - 2
    ~ trust = trust - 1
    You take Shona's basket and start her on terminal seven. Behind you Clement has his card in his hand and the clock in his eye.
    -> nicole
* [Tell the line six is free, cards only, and you're next #community +2 #awareness +1 #feedback: One sentence to the whole line moves three people and tells the rest they have been seen. Clement loses nothing by it.]
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
{route == "kaur": Why is pharmacy on my bank? Approvals come to me.|Who's been doing approvals on my bank? Approvals come to me.} #speaker: Nicole
She says it in front of Clement, who becomes very interested in his receipt.
* [Apologise, and say you'll wait for her next time #community +1 #foresight -2 #feedback: It keeps the peace, but it promises the next customer the same wait Clement had.]
    Sorry. I'll wait for you next time. #speaker: You
    Nicole nods. Clement glances at you, then away.
    -> bus
* [Tell her you radioed and she did not answer #foresight +1 #community -2 #feedback: Getting the facts out matters, and they are true, but a defensive answer in front of a customer turns his shopping into the staff's argument. Save the facts for after he has gone.]
    ~ trust = trust - 1
    ~ left = left - 1
    I did radio. Three times. #speaker: You
    Nicole's face sets. Clement looks at the floor. #mood: worried
    -> bus
* [Say it can wait till he's on his bus #awareness +2 #community -1 #feedback: Keeping the customer out of a staff conversation protects him and her. Nicole does not love being asked to wait by a floor associate, and she will want that explanation.]
    ~ trust = trust + 1
    Happy to explain, Nicole. Can it wait two minutes, till Mr Adeyemi's on his bus? #speaker: You
    Nicole looks at Clement, then at the clock, and her mouth goes thin.
    Two minutes. #speaker: Nicole
    Clement straightens his cap.
    Thank you. #speaker: Clement Adeyemi #mood: calm
    -> bus

// ---------------------------------------------------------------
// Decision 6: the bus. What is left on the clock decides what each choice can do.
// ---------------------------------------------------------------
=== bus ===
Through the front windows the little white Hopper bus pulls into the bay. The doors hiss open. #sfx: door-chime
{left >= 4: The driver is still eating a sandwich in his cab.|The driver already has the engine running.}
That's mine. He won't wait. He never waits. #speaker: Clement Adeyemi #mood: worried
He has three bags, a walking stick and forty metres of car park to cover.
* [Ask Nicole to cover; carry his bags out with him #empathy +2 #stewardship -1 #feedback: Handing the bank to the key-holder lets you see him onto the bus at his own pace. Nicole's till count stays open on the cash office desk while she covers for you.]
    ~ left = left - 2
    Nicole takes the bank without a word. You walk Clement out at his pace, bags in your hands.
    {
    - left >= 1:
        ~ caught = true
        ~ trust = trust + 1
        You pass the bags up to him on the step as the driver reaches for the door button.
    - else:
        You are halfway across the car park when the doors close and the bus pulls out of the bay.
    }
    -> close
* [Run ahead and ask the driver to hold the bus a minute #foresight +1 #stewardship -1 #feedback: Buying him time is quick thinking, but you leave the bank unwatched, and the driver has a timetable of his own.]
    You run across the car park. The driver shakes his head before you reach the step.
    Can't, mate. I've a wheelchair booked at the next stop and I'm late already. #speaker: Driver
    {
    - left >= 3:
        ~ caught = true
        Clement makes it on his own, bags banging on his stick, with seconds to spare.
    - else:
        Clement is still twenty metres away when the doors close.
    }
    -> close
* [Stay with the line, and tell him he has time if he goes now #awareness +1 #empathy -1 #feedback: The line needs you too, but a man with a stick and three bags against a timetable is a gamble you have left him to take alone.]
    ~ left = left - 1
    {
    - left >= 4:
        ~ caught = true
        He goes as fast as he can. From the bank you watch him climb aboard, breathing hard.
    - else:
        He goes as fast as he can. From the bank you watch the bus pull away without him.
    }
    -> close

// ---------------------------------------------------------------
// Decision 7: after the rush. Clement's day is already decided; this decides what the store learns.
// ---------------------------------------------------------------
=== close ===
{
- caught && trust >= 3:
    The bus pulls away. Through the window Clement lifts his cap to you. #mood: relieved
- caught:
    The bus pulls away. Clement does not look back. #mood: calm
- else:
    Clement stands in the empty bay with his three bags. There is no later bus. He rings a taxi he cannot really afford, and waits for it on the bench outside. #mood: frustrated
}
At six the rush has gone. Nicole finds you beside the bank, where two terminals are still taped off. #scene: self-checkout
Go on, then. What happened? #speaker: Nicole
On the attendant screen, the fault log shows nothing reported for terminals two and five since Tuesday, and nothing ever for four.
// stories:check warns that the best play earns no stewardship net. That is the design: the best play
// spends what it holds in trust for Clement (Ollie's open till, Nicole's count, two terminals left
// unlogged while four's scale is chased), so stewardship reads "as on the best play", not earned.
* [Log the two dead terminals, with what each one does wrong #stewardship +2 #feedback: A clear fault report gets the bank fixed for every customer, and it is the part of the job nobody sees.]
    -> ending
* [Tell her what happened, and leave the machines to those trained on them #community -1 #foresight -1 #barrier: not-my-job #feedback: It is an honest answer, and it is also not my job in politer words. The next queue will be just as long.]
    ~ afterwards = "shrug"
    -> ending
* [Ask her to get floor staff trained for approvals #foresight +1 #community +1 #feedback: You turn one bad afternoon into a case for changing the system. Nicole says the training budget is gone until April, so it goes in writing, and the bank stays as it is tonight.]
    Not this quarter. Put it in an email and I'll take it to the store manager. #speaker: Nicole
    -> ending
* {scale_heard} [Log number four's scale, with what Mr Adeyemi saw it do #foresight +3 #listening +2 #stewardship -1 #feedback: The two minutes you spent asking him pay back now: the engineer has a real symptom to chase, and the fault that shamed him every week gets fixed. Two and five stay unlogged for another night.]
    ~ route = route + " scale"
    -> ending

// ---------------------------------------------------------------
// Endings: Clement's part follows trust and the bus; the last decision adds only the store's part.
// ---------------------------------------------------------------
=== ending ===
{
- caught && trust >= 5 && afterwards != "shrug":
    -> ending_best
- caught && trust >= 2:
    -> ending_bus
- caught:
    -> ending_lost
- else:
    -> ending_missed
}

=== ending_best ===
{route ? "scale": A week later an engineer replaces the load cell in number four.}
The next Thursday Clement Adeyemi comes in at the same time, scans his chicken, his grapes and Grace's sherry at number four, and nods to you across the bank. He catches the bus with time to read his paper. #ending: Through, and on the bus #outcome: better-off
-> END

=== ending_bus ===
{route ? "scale": A week later an engineer replaces the load cell in number four.}
Clement Adeyemi comes in the next Thursday and queues at till 1 behind nine people rather than use the bank. He catches the bus, just. #ending: On the bus, just #outcome: better-off
-> END

=== ending_lost ===
{route ? "scale": A week later an engineer replaces the load cell in number four.}
Clement Adeyemi catches his bus, no thanks to anyone at the bank. The next Thursday he does his shopping at the corner shop, where the man at the till knows his name. #ending: On the bus, and gone elsewhere #outcome: no-better
-> END

=== ending_missed ===
{route ? "scale": A week later an engineer replaces the load cell in number four.}
Grace comes home that evening to her sherry, and a husband who spent eleven pounds on a taxi and does not want to talk about the shop. #ending: The bus without him #outcome: no-better
-> END

// ---------------------------------------------------------------
// The side road: he gives up.
// ---------------------------------------------------------------
=== gone ===
Clement looks at you for a long moment, then sets his basket down on the terminal.
Keep it. I'll not miss the last bus for a bottle of sherry. #speaker: Clement Adeyemi #mood: angry
He walks to the doors with his stick, leaving the chicken, the grapes, the get-well card and the sherry.
* [Catch him at the door: offer to hold his basket #empathy +2 #stewardship -1 #feedback: It cannot save today, but it tells him someone noticed, and it leaves him a door back in. The line stands unattended while you do it.]
    He stops, and turns round.
    Under Adeyemi. Thank you. #speaker: Clement Adeyemi #mood: frustrated
    -> gone_nicole
* [Let him go, and put his shopping back on the shelves #awareness +1 #empathy -1 #feedback: It respects his choice and keeps the line moving, but he leaves with nothing and the store never hears why.]
    -> gone_nicole

=== gone_nicole ===
Nicole arrives five minutes later. She has been counting a till with the door shut and her radio on the desk.
What did I miss? #speaker: Nicole
* [Tell her you radioed five times, and that approvals are not your job #community -2 #barrier: not-my-job #feedback: It is all true, and it makes the afternoon someone else's fault. She hears an accusation, not a problem to solve.]
    Nicole bristles and goes to clear the queue herself.
    -> gone_close
* [Tell her a customer walked out, and you never thought to ask Ollie #awareness +1 #community +1 #feedback: Owning what you missed, without blaming her, is how a team learns. It also tells her what the afternoon really lost.]
    Nicole winces.
    Ollie could have done it. So could Mrs Kaur in pharmacy. I should have told you. #speaker: Nicole
    -> gone_close

=== gone_close ===
At six the rush has gone, and the bank is quiet at last. #scene: self-checkout
* [Log the two dead terminals with their faults, and leave it there #stewardship +1 #foresight +1 #feedback: It gets the machines fixed. The approval that sent Clement home empty-handed still needs the one key card.]
    -> ending_gone
* [Ask Nicole to get floor staff trained for approvals #foresight +2 #feedback: You turn the worst moment of the day into a case for change. It will not reach Clement, and the training comes in April.]
    -> ending_gone_fix

=== ending_gone ===
Clement Adeyemi does not come back. #scene: self-checkout
Grace comes home that evening to no sherry, and a husband who does not want to talk about the shop. #ending: The machine won #outcome: worse-off
-> END

=== ending_gone_fix ===
In April every floor associate is trained to approve an age check. #scene: self-checkout
Clement Adeyemi shops somewhere else now. The next man with a bus to catch is through in ten seconds. #ending: Too late for him, in time for the next #outcome: worse-off
-> END
