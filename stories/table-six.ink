# title: The Face at Table Six
# summary: On a packed Friday night you notice a guest at table six who has not complained yet, and you decide what serving her family and your newest server looks like.
# role: Restaurant manager
# setting: restaurant-floor
# customer: Leila Rahman
# look: Leila Rahman: long hair
# minutes: 7

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
* [Help Bea seat the queue at the door first, then check on table six #stewardship +1 #awareness -1 #empathy -1 #feedback: The queue is loud and visible, so it feels urgent. The quiet table is where the night is going wrong, and eight minutes is a long time when you are watching a door.]
    You help Bea push two tables together and seat the couples. It takes eight minutes.
    When you look back, the woman at table six has turned in her chair and is trying to catch somebody's eye. Nobody's eye is free. #mood: frustrated
    -> approach
* [Walk straight over to table six #awareness +2 #empathy +1 #community -1 #feedback: Acting on a face before it turns into a complaint is the heart of the job. Going without a word to Kofi means you arrive knowing less than he does, and he learns nothing from it.]
    You leave the pass and thread your way between the chairs.
    -> approach
* [Catch Kofi as he passes and ask how table six is doing #awareness +1 #listening +1 #growth +1 #feedback: A ten-second question gets you facts and tells your server that his tables are his. It also shows him what you were watching for.]
    Kofi, how's six doing? #speaker: You
    Six? Good, I think. The dad's got his lamb. They haven't asked for anything. #speaker: Kofi
    He is gone toward the twelve-top before you can ask more. From here you can see that only one of the three places at table six has a main course.
    -> approach

// ---------------------------------------------------------------
// Decision 2: the opening words at the table.
// ---------------------------------------------------------------
=== approach ===
Up close, table six is three people. The older man wears a pressed shirt and a small round badge that says 75. His lamb sits in front of him with the sauce skinned over. He has not picked up his knife.
The woman beside him and a younger man across the table have nothing in front of them but bread crusts.
* [Smile and ask whether everything is all right with their meal #listening -1 #awareness -1 #feedback: The stock question invites the stock answer. People who do not want a fuss will say fine, and you will have learned nothing you could not see.]
    Good evening! Is everything all right with your meal? #speaker: You
    -> fine
* [Crouch beside her, say you noticed the single plate, and ask what has happened #awareness +2 #listening +2 #feedback: Naming what you saw shows you were paying attention, and an open question lets her tell you the real problem without having to complain.]
    Hello, I'm the manager tonight. I can see only one main has come out. What's happened here? #speaker: You
    She lets out a breath she seems to have been holding for a while. #mood: worried
    -> need
* [Apologise for the wait at once and promise the other mains in five minutes #empathy +1 #foresight -2 #feedback: The apology is right, but you do not yet know where the food is. A promise you cannot check is a second disappointment waiting to happen.]
    I'm so sorry about the wait. Your other mains will be with you in five minutes. #speaker: You
    Oh. Thank you. #speaker: Leila Rahman #mood: calm
    -> need

=== fine ===
Yes. Yes, it's fine, thank you. #speaker: Leila Rahman
She says it to the tablecloth. The older man gives you a polite nod. The younger man looks at his sister and says nothing.
* [Take her at her word and go to help with the twelve-top #stewardship +1 #awareness -2 #empathy -1 #barrier: no-assistance #feedback: Respecting her answer sounds polite, but her face and the cold plate said more than her words did. Fine is often what people say once they have given up.]
    -> later
* [Glance at the cold plate and say quietly that it looks as if it has been waiting a while #awareness +2 #empathy +1 #feedback: You spare her the job of complaining by saying it for her. Now she can tell you what is wrong without spoiling the evening.]
    That lamb looks as if it has been waiting a while. #speaker: You
    Her smile slips. #mood: worried
    -> need

// ---------------------------------------------------------------
// Decision 3: the need behind the face.
// ---------------------------------------------------------------
=== need ===
It's my father's seventy-fifth. I'm Leila, this is my brother Sami. Dad's lamb came twenty minutes ago and ours never did, and he won't eat without us. So he's just been sitting there. #speaker: Leila Rahman
And I rang on Tuesday about a birthday cake. Nobody has said a word about it. I didn't want to make a fuss. It's his night. #speaker: Leila Rahman
The older man pats her hand. It's lovely lamb, I'm sure. I'm in no hurry at all. #speaker: Iqbal Rahman
* [Say you will take the lamb away and bring all three plates together, with a fresh one for her father #empathy +2 #healing +1 #foresight -1 #feedback: It meets the real need, which is that they eat together. You promised before you knew what the kitchen could do, so check quickly.]
    Let me take this away. All three plates will come out together, with a fresh lamb for your father. #speaker: You
    Yes. That's exactly it. #speaker: Leila Rahman #mood: calm
    -> pass
* [Tell her that tonight's meal is on the house #empathy +1 #stewardship -2 #healing -1 #feedback: Money is the easy gesture, but she did not ask for it. What she wants is her family eating together, and a free bill cooks nothing.]
    Please, tonight is on us. #speaker: You
    That's kind. But I don't want it free. I want us to eat together, on his birthday. #speaker: Leila Rahman #mood: frustrated
    -> pass
* [Say you will find out exactly where the two mains are and be back within two minutes #foresight +2 #listening +1 #empathy -1 #feedback: A real answer beats a hopeful one, and a short, definite wait is easier to bear. She does have to wait once more, so keep to your two minutes.]
    Give me two minutes. I'll find out exactly where your food is and come back with a straight answer. #speaker: You
    All right. Two minutes. #speaker: Leila Rahman #mood: calm
    -> pass

// ---------------------------------------------------------------
// Decision 4: the kitchen. This table against the rest of the room.
// ---------------------------------------------------------------
=== pass ===
The kitchen is a wall of heat and noise. The twelve-top's mains are lined up on the pass, half plated.
On the screen, table six shows one lamb sent, and a cod and a risotto still on hold. Nobody ever fired them.
Chef Dariusz does not look up from the grill.
Six? Those were never sent. Twelve minutes from now, and I'm plating twelve covers. What do you want? #speaker: Dariusz
Whatever you have already said out on the floor, this is the truth you now have to carry back.
* [Ask Dariusz to cook table six before the twelve-top #empathy +1 #community -2 #stewardship -1 #feedback: It helps one table by pushing the cost onto twelve other guests and a chef in the middle of plating. Jumping the queue is rarely the only way.]
    Dariusz swears under his breath, slides two plates off the twelve-top's line and starts again. The twelve-top will wait five minutes more, and he will remember who asked.
    -> kofi
* [Ask him to fire them now, in the normal order #stewardship +1 #empathy -1 #barrier: rigid-systems #feedback: Fair to the rest of the room and easy on the kitchen, but the father's plate stays cold and nobody has solved the real problem.]
    Firing now. Fifteen minutes, give or take. #speaker: Dariusz
    -> kofi
* [Ask him what he could send fastest, and whether a fresh lamb can go out with the other two #conceptualization +2 #foresight +1 #community +1 #feedback: Asking the expert for options turns a rigid queue into a plan. He finds a way you could not, and nobody else pays for it.]
    Dariusz thinks for three seconds.
    Risotto's ten minutes. I'll pan-roast the cod instead of baking it, same time. Fresh lamb rides with them. Eleven minutes, all three together. #speaker: Dariusz
    -> kofi

// ---------------------------------------------------------------
// Decision 5: the server who made the mistake.
// ---------------------------------------------------------------
=== kofi ===
Kofi arrives at the pass with an armful of empty plates, sees table six on the screen, and goes grey.
Oh no. Six. The dad didn't want a starter, so I sent his lamb straight away and held the other two until their soup was done. Then the twelve-top sat down and I forgot to fire them. It was me. #speaker: Kofi
* [Tell him not to worry, and that you will look after table six yourself from now on #empathy +1 #growth -2 #feedback: Kind, and it takes the pressure off him tonight. It also takes away his chance to put it right, so he carries the mistake without the repair.]
    Leave six with me. Don't worry about it. #speaker: You
    He nods without quite looking at you and goes back to the twelve-top.
    -> back
* [Thank him for owning it, ask him to carry the plates out with you, and promise to show him the hold screen after service #growth +2 #healing +1 #community +1 #feedback: Owning a mistake out loud is what you want from every server. Letting him help repair it teaches more than a telling-off, and he finishes the night steadier.]
    Thanks for telling me straight away. That's exactly the right thing to do. Come out with me when the plates are up, and after service I'll show you how the hold screen works. #speaker: You
    Okay. Yes. Okay. #speaker: Kofi
    -> back
* [Tell him to check that every ticket is fired before he leaves the screen, and send him back to his tables #stewardship +1 #growth -1 #healing -1 #feedback: The lesson is right, but in the middle of a rush it lands as blame. Next time he will hide the mistake rather than bring it to you.]
    Every ticket, every time. Check it's fired before you walk away. Now go, the twelve-top needs you. #speaker: You
    Yes. Sorry. #speaker: Kofi
    -> back

// ---------------------------------------------------------------
// Decision 6: what to tell the table.
// ---------------------------------------------------------------
=== back ===
You go back out to table six. Leila looks up before you reach it. Sami puts his phone face down.
* [Keep it light for the birthday: the mains are on their way, and you are sorry for the wait #awareness +1 #persuasion -1 #feedback: Not loading a celebration with kitchen detail is considerate. But after a long wait, a vague answer sounds like the same story she has had all night.]
    Your mains are on their way, and I'm so sorry for the wait. Happy birthday, sir. #speaker: You
    On their way. Right. #speaker: Leila Rahman #mood: worried
    -> cake
* [Tell them plainly that their mains were never sent to the kitchen, that it is the restaurant's mistake, and when the food will come #persuasion +2 #healing +1 #feedback: A plain cause and a real time are easier to trust than a soft apology. Saying it is the restaurant's mistake, not Kofi's or the chef's, keeps your team whole.]
    We made a mistake. Your mains were never sent to the kitchen. They're cooking now and will all come out together, within a quarter of an hour. I'm sorry. #speaker: You
    Thank you for telling us. Honestly, that's better than wondering. #speaker: Leila Rahman #mood: relieved
    -> cake

// ---------------------------------------------------------------
// Decision 7: the cake. Whose moment is it?
// ---------------------------------------------------------------
=== cake ===
And the cake? Please tell me that isn't lost as well. #speaker: Leila Rahman
It is in the walk-in fridge, in a white box marked RAHMAN 75. Nobody put it on tonight's list.
* [Tell her it is safe, and ask how her father would like it brought out #listening +2 #empathy +1 #feedback: It is her plan for his night. Asking is how you find out what he would enjoy, rather than what the restaurant usually does.]
    It's safe in our fridge. How would your father like it? Candles and singing, or something quieter? #speaker: You
    Quiet, please. He hates being stared at. One candle, and just us. #speaker: Leila Rahman #mood: calm
    One candle is plenty at my age. #speaker: Iqbal Rahman
    -> dessert
* [Tell her it is safe, and promise a proper moment: lights down and the whole room singing #community +1 #listening -2 #feedback: A big moment can warm a whole room, but you decided for her. Some people love it, and some, like her father, would shrink.]
    It's safe. And we'll make a proper moment of it, lights down and the whole room singing. #speaker: You
    Sami laughs. Leila does not. #mood: worried
    Dad really doesn't like a fuss. Could it just be us? #speaker: Leila Rahman
    Of course. Just the family. #speaker: You
    -> dessert

// ---------------------------------------------------------------
// Decision 8: who carries the cake.
// ---------------------------------------------------------------
=== dessert ===
The three plates finally go out together, a hot lamb in place of the cold one. Mr Rahman eats every bite and tells Sami a long story about his first job on the railways. #mood: relieved
Across the room the twelve-top wants dessert menus and a bill split twelve ways, and Bea is waving from the door.
In the kitchen the cake is on a plate, one candle lit.
* [Carry the cake out yourself, so it is done right #stewardship +1 #growth -1 #feedback: Doing it yourself is safe, and the table will be pleased. It also leaves your newest server where he was, as the person who let them down.]
    -> ending_safe
* [Ask Leah, your steadiest server, to take it while you sort out the twelve-top's bill #stewardship +1 #community +1 #growth -1 #feedback: Sharing the load keeps the whole room moving. Table six gets a smooth moment, but Kofi never gets the chance to mend what he broke.]
    -> ending_room
* [Ask Kofi to carry it out, and stand where he can see you #growth +2 #healing +1 #feedback: The server who caused the wait gets to bring the best moment of the night. The table and the server both leave the evening better than they found it.]
    -> ending_best

// ---------------------------------------------------------------
// The side road: the face you walked past.
// ---------------------------------------------------------------
=== later ===
You spend the next ten minutes with the twelve-top: more bread, a wine order, a seat moved for a bad back. #mood: frustrated
When you look up, the woman from table six is standing at the host stand with her coat on. Bea waves you over.
Could we have the bill, please. Just the drinks and the one lamb. We're going to go somewhere else. #speaker: Leila Rahman #mood: angry
Behind her the older man is buttoning his coat slowly. The younger man is already outside on the phone.
* [Own it: tell her you saw something was wrong ten minutes ago and walked past, and ask for one chance to put it right #healing +2 #persuasion +1 #awareness +1 #feedback: Admitting your own miss is disarming and earns you a hearing. An honest request persuades better than any discount.]
    I saw something was wrong at your table ten minutes ago, and I walked past. That's on me. May I have one chance to put it right? #speaker: You
    She looks at you properly for the first time. #mood: frustrated
    -> door
* [Print a bill with everything taken off, and hand it over with an apology #empathy +1 #stewardship -1 #healing -1 #feedback: It is quick, and it is what she asked for. It also lets the evening end at the door with nothing repaired.]
    -> later_bill

=== later_bill ===
You take off the lamb and the drinks and print a bill for nothing. She looks at it.
That's not what I... fine. Thank you. #speaker: Leila Rahman #mood: frustrated
The older man is pinning a small round badge back onto his scarf. It says 75.
* [Notice the badge and ask gently whether tonight was his birthday #awareness +2 #listening +1 #feedback: Late, but a real question. Even at the door you can find out what the evening was meant to be.]
    Forgive me. Was tonight his birthday? #speaker: You
    -> door
* [Wish them a good evening and go back to the twelve-top #stewardship +1 #empathy -2 #barrier: unwilling #feedback: The room does need you, but this family leaves with their evening spoiled, and no one ever asked why.]
    Have a good evening. I'm sorry it wasn't better. #speaker: You
    The door closes behind them. #mood: angry
    -> aftermath

=== door ===
It's Dad's seventy-fifth. I rang on Tuesday about a cake. His lamb went cold waiting for ours. I just want to get him home now. #speaker: Leila Rahman
* [Ask them to stay, and promise all three mains inside fifteen minutes #persuasion +1 #listening -2 #feedback: The offer is sincere, but she has told you they are leaving and her father is tired. Serve the need she has now, not the one she had an hour ago.]
    Please stay. I can have all three mains out in fifteen minutes. #speaker: You
    No. Thank you. We're going. #speaker: Leila Rahman #mood: angry
    The door closes behind them.
    -> aftermath
* [Box the cake with a candle and carry it out to their car yourself #healing +2 #empathy +1 #conceptualization +1 #feedback: You cannot save the dinner, but you can still give him his birthday moment. Carrying it out yourself says sorry better than a discount.]
    -> kerb

=== kerb ===
You carry the boxed cake out to the car park yourself. Mr Rahman blows out the candle through the open car window while Sami holds the box. #scene: car-park
I didn't expect that. Thank you. #speaker: Leila Rahman #mood: calm
* [Wish him a happy birthday and let them get him home #awareness +1 #empathy +1 #feedback: Reading that they are tired and letting them go is its own courtesy. They leave with a good last memory, but with no reason to come back.]
    Happy birthday, Mr Rahman. Safe home. #speaker: You
    -> ending_door
* [Give Leila your card and invite the family back for a proper birthday dinner as your guests, on a night of her choosing #community +2 #stewardship -1 #feedback: An invitation turns an apology into a relationship, and it costs the restaurant a meal. It tells her you want them back, not just gone quietly.]
    Please bring him back, as our guests, on any night you like. Ring me directly and I'll look after it myself. #speaker: You
    She turns the card over in her fingers. Maybe we will. #speaker: Leila Rahman #mood: relieved
    -> ending_door

=== aftermath ===
Ten minutes later Kofi finds you at the pass. Behind him, a cod and a risotto for table six have just come up, steaming, for nobody.
They were mine. I held them until the soup was done, and then the twelve-top sat down and I forgot to fire them. I'm so sorry. #speaker: Kofi
* [Tell him these things happen on a Friday, bin the plates, and send him back out #empathy +1 #growth -1 #feedback: Kind in the moment, but a mistake that is waved away is usually made again. He needed to understand what happened, not only to be let off.]
    Happens on a Friday. Bin them and get back out there. #speaker: You
    -> ending_lost
* [Thank him for telling you, and say you will both go through it after service, because you walked past that table too #growth +2 #healing +1 #feedback: Owning your part makes it safe for him to own his. Walking through it together is how a bad night turns into a better server.]
    Thank you for telling me. After service we'll go through it together. I walked past that table too. #speaker: You
    He nods, and some of the grey goes out of his face.
    -> ending_lost

// ---------------------------------------------------------------
// Endings
// ---------------------------------------------------------------
=== ending_best ===
Kofi carries the cake out with both hands and sets it down in front of Mr Rahman as if it might break.
Happy birthday, sir. And I'm sorry about earlier. That was me. #speaker: Kofi
Young man, at your age I nearly derailed a goods train. Sit down a minute and tell me where you're from. #speaker: Iqbal Rahman
On the way out Leila stops at the host stand.
We nearly left tonight. I'm so glad we didn't. Can we have this table again in March? It's Sami's fortieth, and I'd like that young man to look after us. #speaker: Leila Rahman #mood: delighted
After close, Kofi asks you to show him the hold screen again. Then he asks a second time, just to be sure. #ending: One candle, one table, one server grown
-> END

=== ending_safe ===
You set the cake down with one candle, and the family sings quietly, just the three of them.
Thank you. You turned the evening round. #speaker: Leila Rahman #mood: relieved
Kofi spends the rest of the night as far from table six as the room allows. On Sunday he swaps his next Friday shift, and nobody asks him why. #ending: A birthday saved, a server sidelined
-> END

=== ending_room ===
Leah brings the cake out without a wobble. By the time the candle is out, the twelve-top has paid and Bea has seated the last couple from the door.
That was lovely. Thank you for sorting it. #speaker: Leila Rahman #mood: relieved
At the pass Kofi watches table six laughing and rubs at a mark on a plate that is already clean. #ending: A smooth room, a lesson missed
-> END

=== ending_door ===
The car pulls away with the cake box on Sami's knees.
Back inside, Kofi is staring at table six on the kitchen screen, where two mains sit on hold. Nobody has told him what happened yet. #scene: restaurant-floor
The dinner was lost. The birthday, just about, was not. #ending: A birthday at the kerb
-> END

=== ending_lost ===
Table six is cleared and reset in four minutes, and the next couple sits down.
On Sunday a review appears. The staff were perfectly polite, it says, and nobody noticed us until we were leaving. #mood: angry
You read it twice. The face was there to be read at ten past eight. #ending: Fine, until it wasn't
-> END
