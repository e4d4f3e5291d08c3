# title: The Face at Table Six
# summary: On a packed Friday night you notice a guest at table six who has not complained yet, and you decide what serving her family and your newest server looks like.
# role: Restaurant manager
# setting: restaurant-floor
# customer: Leila Rahman
# pronouns: she/her
# look: Leila Rahman: long hair
# minutes: 7

// What carries from one decision to the next:
// trust: how far Leila believes you are on her family's side; it shapes her replies and the ending.
// waited: minutes table six waits on you after you first see her face.
// promise: what you promised at the table ("five", "two" or "together"); the kitchen decides
//   whether you can keep it, and the table remembers.
// server: what you did with Kofi, the server who made the mistake; the cake and the ending read it.
// carried: who carried the cake out.
VAR trust = 0
VAR waited = 0
VAR promise = ""
VAR server = ""
VAR carried = ""

-> floor

// ---------------------------------------------------------------
// Decision 1: the sweep of the room. The loud problem or the quiet one.
// ---------------------------------------------------------------
=== floor ===
Ten past eight on a Friday. Every table is full, the kitchen screen is running twelve minutes behind, and four couples are waiting by the door. #scene: restaurant-floor
A party of twelve was seated late and is already calling for more bread. Kofi, your newest server, nineteen and on his third Friday, crosses the room at a half run.
You do what you do every night at this hour: a slow sweep of the room, face by face.
At table six a woman in her forties sits very straight, smiling at the older man beside her. Between smiles her eyes go to the kitchen door. Her wine is untouched. #mood: worried
Nobody at table six has called anyone over.
* [Help Bea seat the couples at the door first #stewardship +1 #awareness -2 #feedback: The couples at the door are guests too, and they are loud and visible. The quiet table is where the night is going wrong, and eight minutes is a long time when you are watching a door.]
    You help Bea push two tables together and seat the couples. It takes eight minutes.
    When you look back, the woman at table six has turned in her chair and is trying to catch somebody's eye. Nobody's eye is free. #mood: frustrated
    ~ waited = waited + 8
    ~ trust = trust - 1
    -> approach
* [Walk straight over to table six #awareness +2 #growth -1 #feedback: Acting on a face before it turns into a complaint is the heart of the job. Going without a word to Kofi means he does not learn what you saw, or that his table was the one going wrong.]
    ~ trust = trust + 1
    You leave the pass and thread your way between the chairs.
    -> approach
* [Catch Kofi as he passes and ask how six is doing #growth +1 #awareness +1 #empathy -2 #feedback: Asking your server tells him his tables are his. But he is running, his answer is a guess, and the woman watching the door waits while you hear it.]
    Kofi, how's six doing? #speaker: You
    Six? Good, I think. The dad's got his lamb. They haven't asked for anything. #speaker: Kofi
    He is gone toward the twelve-top before you can ask more. From here you can see that only one of the three places at table six has a main course.
    ~ waited = waited + 2
    -> approach

// ---------------------------------------------------------------
// Decision 2: the opening words at the table.
// ---------------------------------------------------------------
=== approach ===
Up close, table six is three people. The older man wears a pressed shirt and a small round badge that says 75. His lamb sits in front of him with the sauce skinned over. He has not picked up his knife.
The woman beside him and a younger man across the table have nothing in front of them but bread crusts.
{waited >= 8: She sees you coming, and her smile is already tired.}
* [Smile and ask whether everything is all right with the meal #listening -1 #awareness -1 #feedback: The stock question invites the stock answer. People who do not want a fuss will say fine, and you will have learned nothing you could not see.]
    Good evening! Is everything all right with your meal? #speaker: You
    -> fine
* [Crouch beside her, name the single plate, and ask what happened #empathy +2 #listening +1 #feedback: Naming what you saw shows you were paying attention, and an open question lets her tell you the real problem without having to complain.]
    ~ trust = trust + 1
    Hello, I'm the manager tonight. I can see only one main has come out. What's happened here? #speaker: You
    She lets out a breath she seems to have been holding for a while. #mood: worried
    -> need
* [Apologise for the wait and promise the other mains in five minutes #healing +1 #stewardship -2 #feedback: The apology is right, but you do not yet know where the food is. A promise you cannot check is a second disappointment waiting to happen.]
    ~ promise = "five"
    I'm so sorry about the wait. Your other mains will be with you in five minutes. #speaker: You
    Oh. Thank you. #speaker: Leila Rahman #mood: calm
    -> need

=== fine ===
Yes. Yes, it's fine, thank you. #speaker: Leila Rahman
She says it to the tablecloth. The older man gives you a polite nod. The younger man looks at his sister and says nothing.
* [Take her at her word and go and help with the twelve-top #awareness -2 #empathy -1 #barrier: no-assistance #feedback: Respecting her answer sounds polite, but her face and the cold plate said more than her words did. Fine is often what people say once they have given up.]
    -> later
* [Name the cold plate, quietly #awareness +2 #empathy +1 #feedback: You spare her the job of complaining by saying it for her. Now she can tell you what is wrong without spoiling the evening.]
    That lamb looks as if it has been waiting a while. #speaker: You
    Her smile slips. #mood: worried
    -> need

// ---------------------------------------------------------------
// Decision 3: the need behind the face. Two good answers, each with a price.
// ---------------------------------------------------------------
=== need ===
It's my father's seventy-fifth. I'm Leila, this is my brother Sami. Dad's lamb came twenty minutes ago and ours never did, and he won't eat without us. So he's just been sitting there. #speaker: Leila Rahman
And I rang on Tuesday about a birthday cake. Nobody has said a word about it. I didn't want to make a fuss. It's his night. #speaker: Leila Rahman
The older man pats her hand. It's lovely lamb, I'm sure. I'm in no hurry at all. #speaker: Iqbal Rahman
* [Take the lamb away: all three plates together, a fresh lamb for him #empathy +2 #stewardship -1 #feedback: It meets the real need, which is that they eat together. But you have promised a fresh lamb before you know the kitchen has one.]
    ~ promise = "together"
    ~ trust = trust + 1
    Let me take this away. All three plates will come out together, with a fresh lamb for your father. #speaker: You
    Yes. That's exactly it. #speaker: Leila Rahman #mood: calm
    -> pass
* [Find out where the two mains are, and be back in two minutes #listening +1 #stewardship +1 #empathy -1 #feedback: A real answer beats a hopeful one, and you promise only what you can keep. She does have to wait once more, with her father's plate still cold in front of him.]
    ~ promise = "two"
    Give me two minutes. I'll find out exactly where your food is and come back with a straight answer. #speaker: You
    All right. Two minutes. #speaker: Leila Rahman #mood: calm
    -> pass
* [Tell her tonight's meal is on the house #empathy -1 #stewardship -2 #feedback: Money is the easy gesture, and it is the house's money, not yours to hand out before you know what went wrong. She did not ask for it, and a free bill cooks nothing.]
    ~ trust = trust - 1
    Please, tonight is on us. #speaker: You
    That's kind. But I don't want it free. I want us to eat together, on his birthday. #speaker: Leila Rahman #mood: frustrated
    -> pass

// ---------------------------------------------------------------
// Decision 4: the kitchen says no to part of it. This table against the rest of the room.
// ---------------------------------------------------------------
=== pass ===
The kitchen is a wall of heat and noise. The twelve-top's mains are lined up on the pass, half plated. #onstage: nobody
On the screen, table six shows one lamb sent, and a cod and a risotto still on hold. Nobody ever fired them.
Chef Dariusz does not look up from the grill.
Six? Those were never sent. And there's no more lamb. Last rack went at eight. #speaker: Dariusz
{promise == "together": You promised her father a fresh lamb. There isn't one.}
{promise == "five": Five minutes, you told her. Three of them have gone.}
* [Ask Dariusz to cook six before the twelve-top #empathy +1 #stewardship -2 #feedback: It helps one table by pushing the cost onto twelve other guests and a chef in the middle of plating. He says no, and he is right to.]
    No. Twelve covers, and they ordered first. I'll fire yours behind them. Fifteen minutes. #speaker: Dariusz
    He says it without heat, and he does not look up again.
    ~ waited = waited + 15
    -> kofi
* [Ask him to fire them now, behind the twelve-top #awareness +1 #empathy -1 #feedback: You read a kitchen at full stretch and add nothing to its load. But nobody has asked the one person who might find a quicker way, and the father's plate stays cold.]
    Firing now. Fifteen minutes, give or take. #speaker: Dariusz
    ~ waited = waited + 15
    -> kofi
* [Ask him what he could send fastest #stewardship +2 #community +2 #awareness -1 #feedback: Asking the expert for options turns a queue into a plan he owns, and the twelve-top loses nothing by it. It keeps you at the pass for three minutes of the rush, and the door and the floor go unwatched.]
    Dariusz thinks for three seconds.
    Risotto's ten. I'll pan-roast the cod instead of baking it, same time. His lamb I can rest in the oven and sauce fresh. It won't be new, but it'll be hot. Eleven minutes, all three together. #speaker: Dariusz
    ~ waited = waited + 11
    -> kofi
* [Tell him it's a birthday table, and leave it to him #community +1 #feedback: Trusting the chef with the why is good teamwork. Nobody asks him the how, so he does the usual thing and fires them behind the twelve-top.]
    Birthday. Right. I'll get them on. #speaker: Dariusz
    He fires them behind the twelve-top. Fifteen minutes.
    ~ waited = waited + 15
    -> kofi

// ---------------------------------------------------------------
// Decision 5: the server who made the mistake. The quickest answer is not the one that pays.
// ---------------------------------------------------------------
=== kofi ===
{ waited >= 15:
    ~ trust = trust - 1
}
Kofi arrives at the pass with an armful of empty plates, sees table six on the screen, and goes grey.
Oh no. Six. The dad didn't want a starter, so I sent his lamb straight away and held the other two until their soup was done. Then the twelve-top sat down and I forgot to fire them. It was me. #speaker: Kofi
* [Tell him not to worry: you will look after six yourself #empathy +1 #growth -2 #feedback: Kind, and it takes the pressure off him tonight. It also takes away his chance to put it right, so he carries the mistake without the repair.]
    ~ server = "sidelined"
    Leave six with me. Don't worry about it. #speaker: You
    He nods without quite looking at you and goes back to the twelve-top.
    -> back
* [Say it's good he told you: twelve-top first, talk after service #stewardship +1 #community +1 #growth -1 #feedback: Calm, no blame, and the room keeps moving, which on a Friday is a fair call. He does not yet get to put right what he broke, and the family never sees him do it.]
    ~ server = "later"
    Good that you told me. Twelve-top first, they need you. After service we'll go through the hold screen together. #speaker: You
    Right. Yes. Sorry. #speaker: Kofi
    -> back
* [Thank him for owning it; he brings their plates out with you #growth +2 #stewardship -1 #feedback: Owning a mistake out loud is what you want from every server, and repairing it himself teaches more than a telling-off. The twelve-top waits for its dessert menus while he does.]
    ~ server = "mending"
    Thanks for telling me straight away. That's the right thing to do. When their plates are up, you're bringing them out with me. After service I'll show you how the hold screen works. #speaker: You
    Okay. Yes. Okay. #speaker: Kofi
    -> back
* [Every ticket, every time: check it's fired before you walk away #growth +1 #healing -2 #feedback: The lesson is right, but in the middle of a rush it lands as blame. Next time he will hide the mistake rather than bring it to you.]
    ~ server = "blamed"
    Every ticket, every time. Check it's fired before you walk away. Now go, the twelve-top needs you. #speaker: You
    Yes. Sorry. #speaker: Kofi
    -> back

// ---------------------------------------------------------------
// Decision 6: what to tell the table. The promise you made comes back to meet you.
// ---------------------------------------------------------------
=== back ===
You go back out to table six. Leila looks up before you reach it. Sami puts his phone face down. #onstage: Leila Rahman, Iqbal Rahman
{server == "mending": Kofi walks a step behind you, an empty tray under his arm, ready for the plates.}
{promise == "two": You are back inside your two minutes.}
{promise == "five": It is nine minutes since you promised five. Leila has noticed.}
{
- promise == "two":
    ~ trust = trust + 1
- promise == "five":
    ~ trust = trust - 1
}
* [Tell them plainly what went wrong, and when #healing +2 #feedback: A plain cause and a real time are easier to trust than a soft apology. Saying it is the restaurant's mistake, not the chef's, keeps your team whole.]
    We made a mistake. Your mains were never sent to the kitchen. They're cooking now, and all three will come out together. I'm sorry. #speaker: You
    { promise == "together":
        And I promised your father a fresh lamb. I can't keep that: the last one went at eight. Chef is resting his and saucing it fresh. #speaker: You
    - else:
        ~ trust = trust + 1
    }
    {
    - trust >= 2:
        Thank you for telling us. Honestly, that's better than wondering. #speaker: Leila Rahman #mood: relieved
    - else:
        Right. Thank you for saying. #speaker: Leila Rahman #mood: calm
    }
    { server == "mending":
        That was me. I forgot to send them. I'm sorry, sir. #speaker: Kofi
    }
    -> cake
* [Keep it light for the birthday: on their way, and sorry #awareness +1 #healing -1 #feedback: Not loading a celebration with kitchen detail is considerate. But after a long wait, a vague answer sounds like the same story she has had all night.]
    ~ trust = trust - 1
    Your mains are on their way, and I'm so sorry for the wait. Happy birthday, sir. #speaker: You
    On their way. Right. #speaker: Leila Rahman #mood: worried
    -> cake
* [Say the kitchen has had a hard night, but it's coming #healing -2 #community -1 #barrier: defensive #feedback: It is true, and it puts the blame on people she cannot see. She hears an excuse, and your chef hears that you will not stand behind him.]
    ~ trust = trust - 1
    I'm sorry, the kitchen's had a really hard night. It's coming. #speaker: You
    Leila nods slowly. Sami looks at the kitchen door. #mood: frustrated
    -> cake

// ---------------------------------------------------------------
// Decision 7: the cake. Whose moment is it?
// ---------------------------------------------------------------
=== cake ===
And the cake? Please tell me that isn't lost as well. #speaker: Leila Rahman
It is in the walk-in fridge, in a white box marked RAHMAN 75. Nobody put it on tonight's list.
* [Say it's safe, and ask how her father would like it #listening +2 #empathy +1 #feedback: It is her plan for his night. Asking is how you find out what he would enjoy, rather than what the restaurant usually does.]
    ~ trust = trust + 1
    It's safe in our fridge. How would your father like it? Candles and singing, or something quieter? #speaker: You
    Quiet, please. He hates being stared at. One candle, and just us. #speaker: Leila Rahman
    One candle is plenty at my age. #speaker: Iqbal Rahman
    -> dessert
* [Promise a proper moment: lights down and the whole room singing #community +1 #listening -2 #feedback: A big moment can warm a whole room, but you decided for her. Some people love it, and some, like her father, would shrink.]
    ~ trust = trust - 1
    It's safe. And we'll make a proper moment of it, lights down and the whole room singing. #speaker: You
    Sami laughs. Leila does not. #mood: worried
    Dad really doesn't like a fuss. Could it just be us? #speaker: Leila Rahman
    Of course. Just the family. #speaker: You
    -> dessert
* [Say it's safe, and that it will come quietly, with one candle #awareness +1 #listening -1 #feedback: A good read of a quiet man, and a kind one. But it was a guess: she knows her father, and asking would have let her say so.]
    It's safe. It'll come out quietly, with one candle. #speaker: You
    Yes. Good. Thank you. #speaker: Leila Rahman #mood: calm
    -> dessert

// ---------------------------------------------------------------
// Decision 8: who carries the cake. Leila's evening is already decided by how she was served;
// this adds the team's part of the ending.
// ---------------------------------------------------------------
=== dessert ===
{
- promise == "together":
    The three plates go out together: not the fresh lamb you promised, but his own, rested and sauced again. Mr Rahman eats every bite and tells Sami a long story about his first job on the railways.
- else:
    The three plates go out together, his lamb rested and sauced fresh. Mr Rahman eats every bite and tells Sami a long story about his first job on the railways.
}
Across the room the twelve-top wants dessert menus and a bill split twelve ways, and Bea is waving from the door.
In the kitchen the cake is on a plate, one candle lit.
{server == "sidelined" || server == "blamed": Kofi is at the far end of the room, keeping his back to table six.}
* [Carry the cake out yourself, so it is done right #healing +1 #growth -1 #feedback: Doing it yourself is safe, and the table will be pleased. It also leaves your newest server where he was, as the person who let them down.]
    ~ carried = "you"
    -> morning
* [Ask Leah, your steadiest server, to take it while you do the twelve-top's bill #stewardship +1 #community +1 #feedback: Sharing the load keeps the whole room moving, and Leah will do it beautifully. It is a sound call on a packed Friday; Kofi just never gets the chance to mend what he broke.]
    ~ carried = "leah"
    -> morning
* {server == "mending"} [Ask Kofi to carry it out, and stand where he can see you #growth +2 #healing +2 #stewardship -1 #feedback: He already brought their plates and said sorry; now he brings the best moment of the night. The twelve-top's bill waits while you stand and watch, and this once that is the right price.]
    ~ carried = "kofi"
    -> morning
* {server != "mending"} [Ask Kofi to carry it out, and stand where he can see you #growth +1 #healing -1 #feedback: A kind thought, but he has not been near the table since the mistake, and nobody has told them it was his. He carries it stiffly to people who do not know why he is sorry.]
    ~ carried = "kofi-cold"
    -> morning

// ---------------------------------------------------------------
// The ending: Leila's part follows trust; the cake adds the team's part.
// ---------------------------------------------------------------
=== morning ===
{
- carried == "kofi":
    Kofi carries the cake out with both hands and sets it down in front of Mr Rahman as if it might break.
    Happy birthday, sir. #speaker: Kofi
    Young man, at your age I nearly derailed a goods train. Sit down a minute and tell me where you're from. #speaker: Iqbal Rahman
- carried == "kofi-cold":
    Kofi sets the cake down carefully, says happy birthday to the tablecloth, and is gone before the candle is out.
- carried == "leah":
    Leah brings the cake out without a wobble. By the time the candle is out, the twelve-top has paid and Bea has seated the last couple from the door.
- else:
    You set the cake down with one candle, and the family sings quietly, just the three of them.
}
Table six is asking for their coats. #speaker: Bea
{
- trust >= 4 && carried == "kofi":
    -> ending_best
- trust >= 3:
    -> ending_saved
- else:
    -> ending_fed
}

=== ending_best ===
On the way out Leila stops at the host stand.
We nearly left tonight. I'm so glad we didn't. Can we have this table again in March? It's Sami's fortieth, and I'd like that young man to look after us. #speaker: Leila Rahman #mood: delighted
After close you show Kofi the hold screen, as you said you would. Then he asks to see it a second time, just to be sure. #ending: One candle, one table, one server grown #outcome: better-off
-> END

=== ending_saved ===
Thank you. You turned the evening round. #speaker: Leila Rahman #mood: relieved
{
- carried == "kofi":
    Kofi clears table six himself at the end of the night. Nobody asked him to.
- server == "later":
    After close you go through the hold screen with Kofi, as you said you would. He listens hard, and still looks at table six on the screen as if it might bite.
- else:
    At the pass Kofi watches table six laughing and rubs at a mark on a plate that is already clean. On Sunday he swaps his next Friday shift, and nobody asks him why.
}
{
- carried == "leah":
    The room ran smoothly all night. #ending: A smooth room, a lesson missed #outcome: better-off
- else:
    The birthday was saved, and everyone at table six went home fed. #ending: A birthday saved #outcome: better-off
}
-> END

=== ending_fed ===
Leila pays at the table. The tip is exactly ten percent, and she does not look up while the card machine prints. #mood: frustrated
{server == "sidelined" || server == "blamed": Kofi keeps out of sight until they have gone.}
They ate together in the end. That was all she had asked for, and it took the whole evening to get it. #ending: Fed, but not forgiven #outcome: no-better
-> END

// ---------------------------------------------------------------
// The side road: the face you walked past.
// ---------------------------------------------------------------
=== later ===
You spend the next ten minutes with the twelve-top: more bread, a wine order, a seat moved for a bad back. #mood: frustrated
When you look up, the woman from table six is standing at the host stand with her coat on. Bea waves you over.
Could we have the bill, please. Just the drinks and the one lamb. We're going to go somewhere else. #speaker: Leila Rahman #mood: angry
Behind her the older man is buttoning his coat slowly. The younger man is already outside on the phone.
* [Own it: you saw something was wrong, walked past, and want one chance #healing +2 #awareness +1 #feedback: Admitting your own miss is disarming and earns you a hearing. An honest request persuades better than any discount.]
    I saw something was wrong at your table ten minutes ago, and I walked past. That's on me. May I have one chance to put it right? #speaker: You
    She looks at you properly for the first time. #mood: frustrated
    -> door
* [Print a bill with everything taken off, and hand it over with an apology #empathy +1 #stewardship -2 #feedback: It is quick, and it is what she asked for. It gives away the house's money and lets the evening end at the door with nothing repaired.]
    -> later_bill

=== later_bill ===
You take off the lamb and the drinks and print a bill for nothing. She looks at it.
That's not what I... fine. Thank you. #speaker: Leila Rahman #mood: frustrated
The older man is pinning a small round badge back onto his scarf. It says 75.
* [Notice the badge and ask gently whether tonight was his birthday #awareness +2 #listening +1 #feedback: It comes late, and it is still a real question. Even at the door you can find out what the evening was meant to be.]
    Forgive me. Was tonight his birthday? #speaker: You
    -> door
* [Wish them a good evening and get back to the twelve-top #empathy -2 #awareness -1 #barrier: unwilling #feedback: The room does need you, but this family leaves with their evening spoiled, and no one ever asked why.]
    Have a good evening. I'm sorry it wasn't better. #speaker: You
    The door closes behind them. #mood: angry
    -> aftermath

=== door ===
It's Dad's seventy-fifth. I rang on Tuesday about a cake. His lamb went cold waiting for ours. I just want to get him home now. #speaker: Leila Rahman
* [Ask them to stay, and promise all three mains inside fifteen minutes #listening -2 #stewardship -1 #feedback: The offer is sincere, but she has told you they are leaving and her father is tired, and you do not know the kitchen can do it. Serve the need she has now.]
    Please stay. I can have all three mains out in fifteen minutes. #speaker: You
    No. Thank you. We're going. #speaker: Leila Rahman #mood: angry
    The door closes behind them.
    -> aftermath
* [Box the cake with a candle and carry it out to their car yourself #healing +2 #stewardship -1 #feedback: You cannot save the dinner, but you can still give him his birthday moment. The twelve-top's bill waits while you do it, and that is a price worth paying.]
    -> kerb

=== kerb ===
You carry the boxed cake out to the car park yourself. Mr Rahman blows out the candle through the open car window while Sami holds the box. #scene: car-park
I didn't expect that. Thank you. #speaker: Leila Rahman #mood: calm
* [Wish him a happy birthday and let them get him home #awareness +1 #community -1 #feedback: Reading that they are tired and letting them go is its own courtesy. They leave with a good last memory, but with no reason to come back.]
    Happy birthday, Mr Rahman. Safe home. #speaker: You
    -> ending_door
* [Give Leila your card and invite the family back as your guests #community +2 #stewardship -1 #feedback: An invitation turns an apology into a relationship, and it costs the restaurant a meal. It tells her you want them back, not just gone quietly.]
    Please bring him back, as our guests, on any night you like. Ring me directly and I'll look after it myself. #speaker: You
    She turns the card over in her fingers.
    Maybe we will. #speaker: Leila Rahman #mood: relieved
    -> ending_door

=== aftermath ===
Ten minutes later Kofi finds you at the pass. Behind him, a cod and a risotto for table six have just come up, steaming, for nobody. #scene: restaurant-floor #onstage: nobody
They were mine. I held them until the soup was done, and then the twelve-top sat down and I forgot to fire them. I'm so sorry. #speaker: Kofi
* [Tell him these things happen on a Friday, and send him back out #empathy +1 #growth -1 #feedback: Kind in the moment, but a mistake that is waved away is usually made again. He needed to understand what happened, not only to be let off.]
    Happens on a Friday. Bin them and get back out there. #speaker: You
    -> ending_lost
* [Thank him; say you'll go through it together after service #growth +2 #healing +1 #feedback: Telling him you walked past the table too makes it safe for him to own his part. Walking through it together is how a bad night turns into a better server.]
    Thank you for telling me. After service we'll go through it together. I walked past that table too. #speaker: You
    He nods, and some of the grey goes out of his face.
    -> ending_lost

// ---------------------------------------------------------------
// Side-road endings
// ---------------------------------------------------------------
=== ending_door ===
The car pulls away with the cake box on Sami's knees.
Back inside, Kofi is staring at table six on the kitchen screen, where two mains sit on hold. Nobody has told him what happened yet. #scene: restaurant-floor #onstage: Kofi
The dinner was lost. The birthday, just about, was not. #ending: A birthday at the kerb
-> END

=== ending_lost ===
Table six is cleared and reset in four minutes, and the next couple sits down. #onstage: nobody
On Sunday a review appears. The staff were perfectly polite, it says, and nobody noticed us until we were leaving.
You read it twice. The face was there to be read at ten past eight. #ending: Fine, until it wasn't #outcome: worse-off
-> END
