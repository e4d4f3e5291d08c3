# title: The Call at Nine
# summary: At nine on a Thursday night a long-standing client rings you at home because the banners for tomorrow's launch carry the wrong name, and you decide how to serve her without failing the people at home.
# role: Account manager at a print and display company
# setting: sales-office
# customer: Maya Lindqvist
# look: Maya Lindqvist: bun
# minutes: 8

-> office

// ---------------------------------------------------------------
// Decision 1: twenty to six. A check before you go, or home on time.
// ---------------------------------------------------------------
=== office ===
Twenty to six on Thursday. The sales floor at Northgate Print and Display is emptying, and your coat is already on. #scene: sales-office
A courier notice sits at the top of your inbox: Brightwater Juice, six boxes, delivered to the county showground at 4.12 pm, signed D. Okafor.
Brightwater launch their new juice at the food show tomorrow. Maya Lindqvist has been your client for six years, and this is the biggest day her family firm has had.
You promised Sam you would be home by six tonight.
* [Ring Maya before you leave, to check the delivery is what she expected #foresight +2 #community +1 #stewardship -1 #feedback: A two-minute check the day before an event is where problems are cheapest to find. It costs you a late start home, so keep it short.]
    Maya picks up on the second ring. #mood: calm
    The boxes are here, thank you! We haven't opened them yet. We're setting up tonight after the hall clears. You're a star for checking. #speaker: Maya Lindqvist
    The call takes two minutes. You are home at a quarter past six. #scene: home-office
    -> home
* [Head home: the delivery note is signed, and you promised Sam #stewardship +1 #foresight -1 #feedback: Keeping your word at home matters, and a signed note is a fair sign that all is well. But signed means arrived, not right, and the launch is tomorrow.]
    You are home at five to six. Sam raises an eyebrow at the clock and smiles. #scene: home-office
    -> home

// ---------------------------------------------------------------
// Decision 2: nine o'clock. The phone and the boy.
// ---------------------------------------------------------------
=== home ===
Nine o'clock. Leo, nine, has dragged his beanbag into the box room you use as an office, because it is the quietest room in the house, and he is reading you the last chapter of his book.
Your phone buzzes on the desk. Then it starts to ring. Maya Lindqvist. #sfx: phone-ring
Leo stops mid-sentence and looks at the phone, then at you.
* [Answer at once and step out onto the landing #empathy +1 #listening +1 #stewardship -2 #feedback: A client who rings at nine usually has a real reason, and she hears you at once. Leo hears something too, and a two-minute text would have served them both.]
    Sorry, Leo. One minute. #speaker: You
    He closes the book on his finger and waits.
    -> call
* [Text her that you are putting your son to bed and will call in ten minutes, then finish the chapter #stewardship +1 #foresight +1 #empathy +1 #feedback: One line tells her she has been heard and when to expect you, and Leo keeps his chapter. A clear boundary with a time on it serves both people.]
    You type: Putting my son to bed. Will call you in ten minutes. Then you put the phone face down. #sfx: message-ping
    Leo finishes the chapter. At eleven minutes past nine you ring Maya back from the landing.
    -> call
* [Let it ring out and finish the chapter, then call back when Leo is asleep #stewardship +1 #empathy -1 #feedback: Protecting family time is right. But an unanswered call at nine, with no word, leaves her to imagine the worst for twenty minutes.]
    The phone rings out, then rings again, then stops. Leo finishes the chapter. At twenty-five past nine you ring Maya back.
    -> call

// ---------------------------------------------------------------
// Decision 3: the problem. Listen, defend, or promise.
// ---------------------------------------------------------------
=== call ===
I've just opened the boxes at the showground. Every banner says Brightwater Orchard. That's our old name! We rebranded in March. #speaker: Maya Lindqvist #mood: angry
Doors open at nine tomorrow, and the buyer from FreshWay is coming to our stand at ten. I cannot stand in front of a supermarket buyer under the wrong name. #speaker: Maya Lindqvist
* [Promise her new banners by seven tomorrow morning #empathy +1 #foresight -2 #feedback: It is what she wants to hear, but you do not know yet whether anyone can print at dawn. A promise you cannot check turns one broken delivery into two.]
    Leave it with me. You'll have new banners by seven. #speaker: You
    Seven. Really? Okay. Okay. #speaker: Maya Lindqvist #mood: worried
    -> cause
* [Open the order on your laptop and point out that her team approved the proof #stewardship +1 #healing -2 #persuasion -1 #barrier: defensive #feedback: Checking the facts is sensible, but leading with her approval sounds like blame before you know what happened. A defensive answer at nine at night loses trust fast.]
    I'm looking at the order now. The proof on file was approved by your team, by Danny, on the second of April. #speaker: You
    -> proof
* [Ask her to send photos of the banners and the box labels, and tell you exactly what must be in place by when #listening +2 #awareness +1 #feedback: Two questions turn panic into a problem you can work on. She feels heard, and you get facts before you promise anything.]
    That's awful, the night before. Can you send me photos of the banners and the box labels? And tell me what has to be up by when. #speaker: You
    Photos. Yes. Give me a second. #speaker: Maya Lindqvist #mood: worried
    -> cause

// ---------------------------------------------------------------
// The hard road: the defensive answer.
// ---------------------------------------------------------------
=== proof ===
Are you telling me this is our fault? Danny approved the new artwork. I saw it on his screen. #speaker: Maya Lindqvist
While she talks you open the approved proof. It says Brightwater Juice, in the new green. Then you open the file the printer actually used. It is last year's job. The reorder copied the old file.
The mistake is yours.
* [Say sorry, say plainly that the mistake is Northgate's, and ask what she needs by when #healing +2 #listening +1 #feedback: Owning the error the moment you find it is the fastest way back to trust. Then the conversation can turn from blame to the launch.]
    Maya, I'm sorry. I was wrong. The proof Danny approved was right. We printed from last year's file. That's our mistake. What do you need, and by when? #speaker: You
    There is a long breath on the line. Thank you for saying so. #speaker: Maya Lindqvist #mood: worried
    -> plan
* [Say you will need to look into it properly in the office first thing tomorrow #stewardship +1 #empathy -2 #barrier: unwilling #feedback: Wanting to be thorough is reasonable on an ordinary day. On the night before a launch, tomorrow morning is the same as no.]
    I'll need to look into this properly in the office first thing. #speaker: You
    First thing. The show opens at nine. Thank you very much. #speaker: Maya Lindqvist #mood: angry
    The line goes dead.
    -> lost

=== lost ===
Sam puts a head round the door. Everything all right? #speaker: Sam
The old file is still open on your laptop.
* [Ring her straight back, apologise, and tell her what you have found #healing +1 #persuasion +1 #feedback: Calling back quickly, and admitting you were wrong, takes nerve. It is the only way to turn a slammed phone into a plan.]
    She answers on the first ring and says nothing. #mood: angry
    Maya, I'm sorry. I was wrong, and the mistake is ours. We printed from last year's file. Let's fix it tonight. #speaker: You
    All right. Go on. #speaker: Maya Lindqvist #mood: worried
    -> plan
* [Send a short email saying you are investigating, and go to bed #stewardship +1 #empathy -1 #foresight -1 #barrier: protect-workflow #feedback: An email keeps a record, and you do need sleep. But it tells her that her problem will wait until office hours.]
    You send three polite lines and switch off the light.
    -> dawn

=== dawn ===
At twenty to seven your phone lights up on the bedside table. #sfx: message-ping
We printed A4 signs at the 24-hour supermarket and taped them over your banners. Don't bother coming. Maya. #speaker: Maya Lindqvist #mood: angry
* [Drive to the showground anyway, with coffee and an apology in person #healing +1 #empathy +1 #feedback: Turning up in person when you are not welcome is hard, and it is the only apology that counts now. It cannot undo last night.]
    -> ending_lost
* [Reply with a written apology and a full refund #stewardship +1 #healing -1 #feedback: A refund is fair, but on its own it treats a broken launch as a billing problem. She needed someone to stand beside her, not an invoice credit.]
    -> ending_lost

// ---------------------------------------------------------------
// Decision 4: the cause. Own it or hold it back.
// ---------------------------------------------------------------
=== cause ===
The photos arrive one after another. Brightwater Orchard, in big green letters, on every banner. #sfx: message-ping
You open the job. The proof Danny approved in April says Brightwater Juice. But the reorder was set up by Aisha, your junior, six months into the job, and she copied last year's order, old print file and all. Nobody checked the file against the proof.
* [Tell her straight that the mistake is Northgate's: the reorder pulled last year's file #healing +2 #persuasion +1 #feedback: A plain admission costs you a little pride and earns back a lot of trust. Notice that you said Northgate, not Aisha.]
    Maya, I've found it. Danny approved the right proof. We printed from last year's file. That's our mistake, not yours, and I'm sorry. #speaker: You
    Well. At least I'm not going mad. #speaker: Maya Lindqvist #mood: worried
    -> plan
* [Tell her you are still looking into how it happened, and go straight to fixing it #awareness +1 #healing -1 #barrier: defensive #feedback: Putting the fix first is sensible, and you avoid blaming anyone in a hurry. But she is left wondering whether she will be blamed later, and you already know the answer.]
    I'm still working out how it happened. Let's fix it first. #speaker: You
    Fine. Fix it. #speaker: Maya Lindqvist #mood: worried
    -> plan

// ---------------------------------------------------------------
// Decision 5: finding a way.
// ---------------------------------------------------------------
=== plan ===
Right. So what happens now? #speaker: Maya Lindqvist
The wide-format printer is at the office, twenty minutes away. The print room closed at six. Marcus Webb, who runs it, usually starts at six in the morning.
* [Ring Marcus at home and ask whether he could run the printer early #community +1 #persuasion +1 #stewardship -1 #feedback: Bringing in the expert is right, and it costs him part of his night. You have asked him before you know what Maya really needs first.]
    Let me ring our production manager. I'll call you back in ten minutes. #speaker: You
    -> marcus
* [Ask her what has to be up when the doors open, and what could wait until the buyer arrives at ten #listening +2 #conceptualization +1 #feedback: Asking what matters most turns an impossible order into a possible one. Now you can ask for less, and be sure it is the right less.]
    Before I call anyone: what has to be up at nine, and what could wait until the buyer at ten? #speaker: You
    Maya thinks. The big banner behind the stand, that's the thing. It's in every photo. The shelf strips and the pull-ups could come later. #speaker: Maya Lindqvist #mood: calm
    Then we print the banner first. I'll ring our production manager and call you back in ten minutes. #speaker: You
    -> marcus
* [Drive to the office now and print them yourself, because you have watched Marcus do it often enough #empathy +1 #stewardship -2 #foresight -1 #feedback: Throwing yourself at the problem shows you care. But you are about to run a machine you do not know, alone, at ten at night, and you are not the only one who depends on you tomorrow.]
    I'm going to the office now. I'll print them myself. #speaker: You
    At ten past ten you are standing in the print room in your coat. The big printer wakes, hums, and stops. #scene: sales-office
    Calibration required. Contact your supervisor. #sfx: error-buzz
    You ring Marcus after all.
    -> marcus

=== marcus ===
Marcus Webb has run the print room for twenty-two years. He listens to the whole story without interrupting.
That machine wants forty minutes to warm up and calibrate. I'll come in at five. The main banner will be done by seven, the rest by half past. Someone will need to drive them over, mind. I'm not leaving my printer. #speaker: Marcus
You say you will drive them over yourself, and thank him twice.

// ---------------------------------------------------------------
// Decision 6: what to tell her.
// ---------------------------------------------------------------
You ring Maya back.
* [Tell her it is all sorted and she should leave it with you and get some sleep #empathy +1 #persuasion -1 #foresight -1 #feedback: It is warmly meant, but all sorted gives her nothing to hold on to. At midnight she will still be wondering what exactly is sorted.]
    It's all sorted. Leave it with me and get some sleep. #speaker: You
    Sorted. Right. Thank you. #speaker: Maya Lindqvist #mood: worried
    -> sam
* [Give her the plan with times, then text it to her with Marcus's number as a backup #foresight +2 #community +1 #feedback: Times and names let her stop carrying the problem. Giving her a second contact tells her she is dealing with a team, not one tired person.]
    Marcus starts at five. The main banner will be at your stand by a quarter to eight, and the rest by nine. I'm bringing them myself. I'll text you all that now, with Marcus's number in case you can't reach me. #speaker: You
    The text arrives on her phone while you are still talking. #sfx: message-ping
    A quarter to eight. I can work with that. Thank you. #speaker: Maya Lindqvist #mood: relieved
    -> sam

// ---------------------------------------------------------------
// Decision 7: the people at home.
// ---------------------------------------------------------------
=== sam ===
Later, at home, Sam is in the kitchen doorway with two mugs of tea. #scene: home-office
Five in the morning? Leo's sports day starts at half past nine. You promised you'd be at the finish line this year. #speaker: Sam
* [Promise Sam you will be at the finish line, whatever happens at the show #stewardship +1 #foresight -1 #feedback: Keeping your family in the picture is right. A promise with no plan behind it is the same mistake you made with the banners, in a different room.]
    I'll be there. Whatever happens. #speaker: You
    Sam hands you a mug and does not look convinced.
    -> showground
* [Tell Sam the client has to come first tomorrow, and that you will stay at the show for the buyer #empathy +1 #stewardship -2 #feedback: Standing by your client is loyal, but you have decided for your family without asking them. Serving people well includes the people who do not pay you.]
    I'm sorry. Tomorrow the client has to come first. #speaker: You
    Sam puts your mug down on the counter, not in your hand.
    -> showground
* [Sit down with Sam and work out the morning together, down to the time you must leave the showground #listening +2 #stewardship +1 #community +1 #feedback: Treating your family's needs as real needs, and planning with them rather than announcing, is stewardship of yourself. It also makes the promise one you can keep.]
    You sit at the kitchen table and draw the morning on the back of an envelope. Print room at five. Showground by half seven. Leave by nine. School field by twenty past.
    Twenty past. I'll save you a spot by the finish. #speaker: Sam
    -> showground

// ---------------------------------------------------------------
// Decision 8: the showground. The client's big moment, or the boy's.
// ---------------------------------------------------------------
=== showground ===
At twenty to eight you pull into the showground car park with a banner tube across the back seat. #scene: car-park
Maya is waiting at the hall door in a Brightwater Juice apron. Together you hang the banner behind the stand. The new name is three feet high and spelled right. #mood: relieved
At ten to nine she stops straightening bottles and grips the edge of the table.
The buyer. Mr Haddad. I've never pitched to a supermarket in my life. I keep forgetting my own numbers. Can't you stay? #speaker: Maya Lindqvist #mood: worried
* [Tell her you are leaving at nine for your son's race, and spend your ten minutes helping her rehearse her two-minute pitch #growth +2 #stewardship +1 #feedback: She does not need you to pitch for her. Ten minutes of rehearsal leaves her able to do it herself, and you keep your word at home.]
    I can't stay, my son runs at half nine. But we've got ten minutes. Pitch it to me, start to finish. #speaker: You
    She stumbles the first time. The second time she gets all her numbers. The third time she is smiling. #mood: calm
    -> school_road
* [Stay for the buyer, and text Sam that you will miss the race #empathy +1 #persuasion +1 #stewardship -2 #feedback: Being at her side feels like the ultimate service, and she is grateful. But she learns to lean on you rather than trust herself, and your family pays for it.]
    You text Sam. Sam replies with one word: OK. #sfx: message-ping
    -> show_road

// ---------------------------------------------------------------
// Decision 9: back at the office. How it never happens again.
// ---------------------------------------------------------------
=== school_road ===
You reach the school field at twenty-two minutes past nine. Leo comes third, and looks for you before he looks at the clock.
By two o'clock you are back at your desk. Aisha is hovering by it. She has seen the reorder. #scene: sales-office
It was me, wasn't it? I copied last year's job. #speaker: Aisha
* [Tell her not to worry, and fix the reorder template yourself so it cannot happen again #foresight +1 #stewardship +1 #growth -1 #feedback: The fix is sound, and she is spared an awkward hour. She is also spared the learning, and she will not know why the template changed.]
    Don't worry about it. I've already changed the template. #speaker: You
    -> ending_fixed
* [Sit down with her, find together how the old file slipped through, and let her ring Maya to explain the fix #growth +2 #conceptualization +1 #community +1 #feedback: Working it through with her turns a mistake into the check she will run for the rest of her career. Letting her speak to Maya builds a relationship between client and team, not only with you.]
    Pull up a chair. Let's find out exactly how it slipped through, and then you can tell Maya what we've changed. #speaker: You
    -> ending_best

=== show_road ===
Mr Haddad stays for twenty minutes. You do most of the talking. Maya nods along and forgets to mention her numbers.
At half past nine a photo arrives from Sam: Leo at the finish line, looking over his shoulder at the crowd. #sfx: message-ping
By two o'clock you are back at your desk. Aisha is hovering by it. She has seen the reorder. #scene: sales-office
It was me, wasn't it? I copied last year's job. #speaker: Aisha
* [Tell her not to worry, and fix the reorder template yourself so it cannot happen again #foresight +1 #stewardship +1 #growth -1 #feedback: The fix is sound, and she is spared an awkward hour. She is also spared the learning, and she will not know why the template changed.]
    Don't worry about it. I've already changed the template. #speaker: You
    -> ending_show
* [Sit down with her, find together how the old file slipped through, and let her ring Maya to explain the fix #growth +2 #conceptualization +1 #community +1 #feedback: Working it through with her turns a mistake into the check she will run for the rest of her career. Letting her speak to Maya builds a relationship between client and team, not only with you.]
    Pull up a chair. Let's find out exactly how it slipped through, and then you can tell Maya what we've changed. #speaker: You
    -> ending_show

// ---------------------------------------------------------------
// Endings
// ---------------------------------------------------------------
=== ending_best ===
At four Aisha rings Maya and walks her through the new check: every reorder is now matched against the last approved proof before it prints.
She wants a word with you. #speaker: Aisha
FreshWay want us in forty stores from September. I did the numbers myself, all of them. And your Aisha has just promised me it can't happen again, and I believe her. #speaker: Maya Lindqvist #mood: delighted
Send me a quote for the whole show season. And tell me, did your boy win? #speaker: Maya Lindqvist #ending: A launch, a race and a lesson kept
-> END

=== ending_fixed ===
At four Maya rings. FreshWay want a second meeting. She sounds tired and happy. #mood: relieved
Thank you for last night. I don't know how you did it. #speaker: Maya Lindqvist
Aisha watches you take the call from across the office, still not sure what she did wrong or what changed. #ending: Launch saved, lesson kept to yourself
-> END

=== ending_show ===
At four Maya rings to say thank you. FreshWay will think about it, and she is not sure they liked her. #mood: relieved
Next time, will you come to the meeting again? I'm hopeless on my own. #speaker: Maya Lindqvist
That evening Leo shows you his third-place ribbon and tells you all about the race you missed. #ending: The buyer met, the race missed
-> END

=== ending_lost ===
By nine the Brightwater stand is open, with A4 sheets taped across the top of the banner, curling at the corners. #scene: car-park
Three weeks later Maya moves the account to a printer in the next county. Her email is short and polite. #mood: angry
You never found out how the buyer meeting went. #ending: A launch under tape
-> END
