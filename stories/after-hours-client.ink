# title: The Call at Nine
# summary: The night before a long-standing client's launch, her banners carry the wrong name, and you decide how to serve her without failing the people at home.
# role: Account manager at a print and display company
# setting: sales-office
# customer: Maya Lindqvist
# pronouns: she/her
# look: Maya Lindqvist: bun
# minutes: 8

// What carries from one decision to the next:
// trust: how far Maya believes Northgate is on her side; it decides how her launch day ends.
// home: how Sam and Leo are left by your promises (home by six, the finish line).
// caught: the error was found at quarter to six, while the print room was still open.
// banner_tonight: the main banner went up the night before, so the morning has time to spare.
// promised_seven: a promise of banners by seven, made before anyone knew it could be kept.
VAR trust = 0
VAR home = 0
VAR caught = false
VAR banner_tonight = false
VAR promised_seven = false
VAR rehearsed = false
// walked_out: she hung up on you and you let it stand till morning.
VAR walked_out = false
// six_broken: you were not home at six as you promised Sam.
VAR six_broken = false

-> office

// ---------------------------------------------------------------
// Decision 1: twenty to six. A check that catches it, a courtesy call, or home on time.
// ---------------------------------------------------------------
=== office ===
Twenty to six on Thursday. The sales floor at Northgate Print and Display is emptying, and your coat is already on. #scene: sales-office
A courier notice sits at the top of your inbox: Brightwater Juice, six boxes, delivered to the county showground at 4.12 pm, signed D. Okafor.
Brightwater launch their new juice at the food show tomorrow. Maya Lindqvist has been your client for six years, and this is the biggest day her family firm has had.
You promised Sam you would be home by six. Sam's evening class starts at half past, and someone has to be with Leo.
* [Ring Maya and ask her to open one box while you wait #foresight +2 #stewardship -1 #feedback: Looking inside the box is the check that finds problems while they are still cheap. It costs you the six o'clock you promised Sam.]
    Maya, quick one before you set up. Could you open one box while I'm on the line? #speaker: You
    Of course. Danny, pass me the knife? #speaker: Maya Lindqvist #mood: calm
    ~ caught = true
    ~ trust = trust + 1
    -> found_early
* [Ring Maya to wish her luck and check the boxes arrived #foresight +1 #empathy +1 #feedback: A call the day before shows you know how big tomorrow is, and she likes hearing from you. Arrived is not the same as right.]
    The boxes are here, thank you! We haven't opened them yet. We're setting up after the hall clears. You're a star for ringing. #speaker: Maya Lindqvist #mood: calm
    The call takes two minutes. You are home at six, and Sam is out of the door with a wave. #scene: home-office
    -> nine
* [Head home: the note is signed, and Sam's class is at half six #stewardship +1 #foresight -1 #feedback: Keeping your word at home is real stewardship, and a signed note is a fair sign. Signed means arrived, not right, and the launch is tomorrow.]
    You are home at ten to six. Sam kisses you on the way out of the door. #scene: home-office
    ~ home = home + 1
    -> nine

=== found_early ===
You hear tape tearing, then nothing for a moment.
Brightwater Orchard. Every banner. That's our old name! We rebranded in March. #speaker: Maya Lindqvist #mood: angry
Doors open at nine tomorrow, and the buyer from FreshWay is at our stand at ten. #speaker: Maya Lindqvist
It is eleven minutes to six. Down the corridor, Marcus Webb is switching off the print room lights.
-> call

// ---------------------------------------------------------------
// Decision 2: nine o'clock. The phone and the boy.
// ---------------------------------------------------------------
=== nine ===
Nine o'clock. Leo, nine, has dragged his beanbag into the box room you use as an office, and he is reading you the last chapter of his book.
Your phone buzzes on the desk. Then it starts to ring. Maya Lindqvist. #sfx: phone-ring
{banner_tonight: She will be at the showground, where the banner went up an hour ago.}
Leo stops mid-sentence and looks at the phone, then at you.
* [Answer at once and step out onto the landing #empathy +1 #stewardship -1 #feedback: A client who rings at nine usually has a reason, and she hears you straight away. Leo closes his book on his finger, and a short text would have served them both.]
    Sorry, Leo. One minute. #speaker: You
    ~ trust = trust + 1
    ~ home = home - 1
    -> after_nine
* [Text her: bedtime, ring you in ten minutes #foresight +1 #stewardship +1 #feedback: One line tells her she is heard and when to expect you, and Leo keeps his chapter. A clear boundary with a time on it serves both of them.]
    You type it, put the phone face down, and let Leo finish. At eleven minutes past nine you ring her from the landing. #sfx: message-ping
    -> after_nine
* [Let it ring, finish the chapter, then call back #stewardship +2 #empathy -2 #feedback: Leo gets all of you, and that matters. An unanswered call with no word leaves her imagining the worst for twenty minutes.]
    The phone rings out, then rings again, then stops. Leo finishes the chapter. At twenty-five past nine you ring Maya back.
    ~ trust = trust - 1
    ~ home = home + 1
    -> after_nine

=== after_nine ===
{
- caught && banner_tonight:
    It's up. It looks wonderful. I just... I keep going over tomorrow. Will the shelf strips really be here by half seven? #speaker: Maya Lindqvist #mood: worried
    Marcus runs them at five. I'll bring them myself. #speaker: You
    -> sam
- caught:
    I know it's all booked for five. I just can't stop checking. Sorry. #speaker: Maya Lindqvist #mood: worried
    -> sam
- else:
    -> found_late
}

=== found_late ===
I've just opened the boxes at the showground. Every banner says Brightwater Orchard. That's our old name! We rebranded in March. #speaker: Maya Lindqvist #mood: angry
Doors open at nine tomorrow, and the buyer from FreshWay is at our stand at ten. I cannot stand in front of a supermarket buyer under the wrong name. #speaker: Maya Lindqvist
-> call

// ---------------------------------------------------------------
// Decision 3: the problem. Listen, defend, or promise.
// ---------------------------------------------------------------
=== call ===
* [Promise her new banners by seven tomorrow morning #empathy +1 #foresight -2 #feedback: It is what she wants to hear. You do not know yet whether anyone can print at dawn, and a promise you cannot check turns one broken delivery into two.]
    Leave it with me. You'll have new banners by seven. #speaker: You
    Seven. Really? Okay. Okay. #speaker: Maya Lindqvist #mood: worried
    ~ promised_seven = true
    -> cause
* [Check the order, and tell her Danny approved the proof #healing -2 #listening -1 #barrier: defensive #feedback: Checking the facts is sensible. Leading with her approval sounds like blame before you know what happened, and at this hour it loses trust fast.]
    I'm looking at the order now. The proof on file was approved by your team, by Danny, on the second of April. #speaker: You
    -> proof
* [Ask for photos, and what has to be up by when #listening +2 #feedback: Saying that's awful, then asking two questions, turns panic into a problem you can work on. She feels heard, and you get facts before you promise anything.]
    That's awful. Can you send me photos of the banners and the box labels? And tell me what has to be up by when. #speaker: You
    Photos. Yes. Give me a second. #speaker: Maya Lindqvist #mood: worried
    ~ trust = trust + 1
    -> cause

// ---------------------------------------------------------------
// The hard road: the defensive answer.
// ---------------------------------------------------------------
=== proof ===
Are you telling me this is our fault? Danny approved the new artwork. I saw it on his screen. #speaker: Maya Lindqvist
While she talks you open the approved proof. It says Brightwater Juice, in the new green. Then you open the file the printer actually used. It is last year's job. The reorder copied the old file.
The mistake is yours.
* [Say sorry, it's our mistake, and ask what she needs #healing +2 #listening +1 #feedback: Owning the error the moment you find it is the fastest way back to trust. Then the conversation can turn from blame to the launch.]
    Maya, I'm sorry. I was wrong. The proof Danny approved was right. We printed from last year's file. What do you need, and by when? #speaker: You
    There is a long breath on the line. Thank you for saying so. #speaker: Maya Lindqvist #mood: worried
    -> plan
* [Say you'll look into it properly first thing tomorrow #empathy -2 #barrier: unwilling #feedback: Being thorough is reasonable on an ordinary day. On the night before a launch, first thing tomorrow is the same as no.]
    I'll need to look into this properly in the office first thing. #speaker: You
    First thing. The show opens at nine. Thank you very much. #speaker: Maya Lindqvist #mood: angry
    The line goes dead.
    -> lost

=== lost ===
{caught:
    Marcus leans round your door with his keys.
    Print room's locking up. Anything for me? #speaker: Marcus
- else:
    Sam puts a head round the door.
    Everything all right? #speaker: Sam
}
The old file is still open on your laptop.
* [Ring her straight back and say what you found #healing +2 #feedback: Calling back quickly, and admitting you were wrong, takes nerve. It is the only way to turn a slammed phone into a plan.]
    She answers on the first ring and says nothing. #mood: angry
    Maya, I'm sorry. I was wrong, and the mistake is ours. We printed from last year's file. Let's fix it tonight. #speaker: You
    All right. Go on. #speaker: Maya Lindqvist #mood: worried
    ~ trust = trust - 1
    -> plan
* [Email her that you are looking into it, and sleep #foresight -1 #empathy -1 #barrier: protect-workflow #feedback: An email keeps a record, and you do need sleep. It also tells her that her launch will keep until office hours.]
    You send three polite lines and close the laptop.
    ~ walked_out = true
    -> sam

=== dawn ===
At twenty to seven your phone lights up on the bedside table. #sfx: message-ping
We printed A4 signs at the 24-hour supermarket and taped them over your banners. Don't bother coming. Maya. #speaker: Maya Lindqvist #mood: angry
* [Go and say sorry in person, with coffee #healing +1 #empathy +1 #stewardship -1 #feedback: Turning up when you are not welcome is hard, it costs your morning, and it is the only apology that counts now. It cannot undo last night.]
    -> ending_lost
* [Reply with a written apology and a full refund #healing -1 #feedback: A refund is fair, and on its own it treats a broken launch as a billing problem. She needed someone beside her, not a credit note.]
    -> ending_lost

// ---------------------------------------------------------------
// Decision 4: the cause. Own it or hold it back.
// ---------------------------------------------------------------
=== cause ===
{caught:
    While she reads out the box labels, you open the job.
- else:
    The photos arrive one after another: Brightwater Orchard, in big green letters, on every banner. #sfx: message-ping
}
The proof Danny approved in April says Brightwater Juice. But the reorder was set up by Aisha, your junior, six months into the job, and she copied last year's order, old print file and all. Nobody checked the file against the proof.
* [Say plainly it's our mistake: we printed last year's file #healing +2 #feedback: A plain admission earns back trust, and it lets her stop wondering whether she will be blamed. Notice that you said our, not Aisha.]
    Maya, I've found it. Danny approved the right proof. We printed from last year's file. That's our mistake, not yours, and I'm sorry. #speaker: You
    Well. At least I'm not going mad. #speaker: Maya Lindqvist #mood: worried
    ~ trust = trust + 1
    -> plan
* [Say you're still checking how it happened, and fix it first #foresight +1 #healing -1 #barrier: defensive #feedback: Putting the fix first is sensible, and you avoid blaming anyone in a hurry. She is left wondering whether she will be blamed later, and you already know the answer.]
    I'm still working out how it happened. Let's fix it first. #speaker: You
    Fine. Fix it. #speaker: Maya Lindqvist #mood: worried
    -> plan

// ---------------------------------------------------------------
// Decision 5: finding a way. What she tells you decides what gets printed first.
// ---------------------------------------------------------------
=== plan ===
Right. So what happens now? #speaker: Maya Lindqvist
{caught: Marcus Webb, who runs the print room, is pulling on his jacket in the corridor.|The print room closed at six. Marcus Webb, who runs it, usually starts at six in the morning.}
* [Ask what must be up at nine, and what can wait till ten #listening +2 #conceptualization +1 #stewardship -1 #feedback: It keeps Marcus waiting five more minutes, in his coat or by his phone. Knowing what matters most turns an impossible order into a possible one: you can ask Marcus for less, and the right less.]
    Before I ask anyone: what has to be up at nine, and what could wait for the buyer at ten? #speaker: You
    The big banner behind the stand. It's in every photo. The shelf strips and the pull-ups could come later. #speaker: Maya Lindqvist #mood: calm
    ~ trust = trust + 1
    -> marcus
* [Ring Marcus, then tell her it's all sorted #empathy +1 #foresight -1 #feedback: It is warmly meant. All sorted gives her nothing to hold on to, and at midnight she will still be wondering what exactly is sorted.]
    It's all sorted. Leave it with me. #speaker: You
    Sorted. Right. #speaker: Maya Lindqvist #mood: worried
    -> marcus
* {not caught} [Drive in and print them yourself tonight #empathy +1 #stewardship -2 #feedback: Throwing yourself at it shows you care. You are about to run a machine you do not know, alone, late at night, and people at home depend on you tomorrow too.]
    At ten past ten you are standing in the print room in your coat. The big printer wakes, hums, and stops. #scene: sales-office
    Calibration required. Contact your supervisor. #sfx: error-buzz
    You ring Marcus after all.
    ~ trust = trust - 1
    ~ home = home - 1
    -> marcus

=== marcus ===
{
- caught:
    Marcus listens from the doorway with his keys in his hand.
    If it's only the big one, I can run it now. Ready by eight. The rest at five tomorrow. Someone has to drive it over, mind. I'm not leaving my printer. #speaker: Marcus
    -> evening
- else:
    Marcus listens to the whole story without interrupting.
    That machine wants forty minutes to warm up. I'll come in at five. Main banner by seven, the rest by half past. Someone drives them over. I'm not leaving my printer. #speaker: Marcus
    {promised_seven:
        You promised her seven. It will be a quarter to eight before anything reaches the stand, and you have to ring and tell her so.
        ~ trust = trust - 1
    }
    -> sam
}

// ---------------------------------------------------------------
// Decision 6 (found early only): tonight's banner against the six o'clock promise.
// ---------------------------------------------------------------
=== evening ===
It is two minutes to six. Sam's class starts at half past.
* [Ring Sam now: say half eight, and why #healing +2 #feedback: The six o'clock promise is broken either way; owning it in the open, with a time and a reason, mends most of it. Sam can plan around a time.]
    I'm so sorry. The client's banners are wrong and Marcus can print one tonight. I'll be home by half eight. #speaker: You
    Then Leo comes to class with me and sits at the back with his book. He'll love it. #speaker: Sam
    ~ banner_tonight = true
    ~ six_broken = true
    -> drive
* [Keep your six o'clock: Marcus can run it all at five tomorrow #stewardship +2 #empathy -1 #feedback: You keep your word at home, and that counts. Maya spends the night with the wrong name on her stand and a dawn run to trust.]
    Marcus, leave it for the morning. Five is fine. #speaker: You
    You ring Maya back with the plan, and you are home at ten past six. Sam is already in the car. #scene: home-office
    ~ home = home + 1
    -> nine
* [Text Sam you're running late, and get back to it #foresight -1 #listening -1 #feedback: Getting on with the banner is right. Two words with no time leave Sam guessing whether to go at all.]
    Running late. Sorry. #speaker: You
    Sam misses the class. Nobody tells Leo why his bedtime is so strange.
    ~ banner_tonight = true
    ~ six_broken = true
    ~ home = home - 1
    -> drive

=== drive ===
At twenty past eight you carry the banner tube into the showground hall. Maya and Danny hang it behind the stand. The new name is three feet high and spelled right. #scene: car-park
Thank you. I can sleep now. #speaker: Maya Lindqvist #mood: calm
~ trust = trust + 1
You are home by nine. #scene: home-office
-> nine

// ---------------------------------------------------------------
// Decision 7: the people at home.
// ---------------------------------------------------------------
=== sam ===
Later, Sam is in the kitchen doorway with two mugs of tea. #scene: home-office
Leo's sports day starts at half nine tomorrow. You promised you'd be at the finish line this year. #speaker: Sam
{six_broken && home < 0:
    And you said six tonight. #speaker: Sam
}
{six_broken && home >= 0:
    Leo loved my class, by the way. #speaker: Sam
}
* [Promise Sam you'll be at the finish line, whatever happens #empathy +2 #foresight -2 #feedback: Sam hears what Sam wants to hear. A promise with no plan behind it is the banner mistake again, in a different room.]
    I'll be there. Whatever happens. #speaker: You
    Sam hands you a mug and does not look convinced.
    -> morning
* [Say you'll miss it: the buyer comes at ten #foresight +1 #empathy -2 #feedback: You will not break a promise you never make, and that is honest. You also decided for your family without asking them.]
    I'm sorry. I'll have to miss it. The buyer comes at ten. #speaker: You
    Sam puts your mug down on the counter, not in your hand.
    ~ home = home - 1
    -> morning
* [Sit down with Sam and plan the morning to the minute #empathy +1 #stewardship +2 #feedback: Planning with your family rather than announcing to them treats their needs as real needs. It also makes the promise one you can keep.]
    {
    - walked_out:
        You draw the morning on the back of an envelope. Office by eight. School field by twenty past nine.
    - banner_tonight:
        You draw the morning on the back of an envelope. Shelf strips at seven. Leave the showground by nine. School field by twenty past.
    - else:
        You draw the morning on the back of an envelope. Print room at five. Showground by half seven. Leave by nine. School field by twenty past.
    }
    Twenty past. I'll save you a spot by the finish. #speaker: Sam
    ~ home = home + 1
    -> morning

=== morning ===
{walked_out: -> dawn}
-> showground

// ---------------------------------------------------------------
// Decision 8: the showground. Her big moment, or the boy's.
// ---------------------------------------------------------------
=== showground ===
{banner_tonight: At half past seven you carry the shelf strips into a hall where Brightwater's banner has hung since last night. Maya has slept, and you have forty minutes in hand.|At twenty to eight you pull into the showground car park with a banner tube across the back seat. Together you hang it behind the stand. The new name is three feet high and spelled right.} #scene: car-park
{trust >= 4: Maya meets you with two coffees.|Maya takes the tube from you without a word.}
At ten to nine she stops straightening bottles and grips the edge of the table.
The buyer. Mr Haddad. I've never pitched to a supermarket in my life. I keep forgetting my own numbers. Can't you stay? #speaker: Maya Lindqvist #mood: worried
* [Say you leave at nine, and rehearse her pitch now #growth +1 #stewardship +2 #feedback: She does not need you to pitch for her. Ten minutes of rehearsal leaves her able to do it herself, and you keep your word at home.]
    I can't stay, my son runs at half nine. We've got ten minutes. Pitch it to me. #speaker: You
    She stumbles the first time. The second time she gets all her numbers. #mood: calm
    ~ rehearsed = true
    ~ trust = trust + 1
    -> school_road
* {banner_tonight} [Play the buyer: ask his hardest questions #growth +3 #stewardship +1 #feedback: The forty minutes you won last night pay out now. She meets his hard questions here first, answers them herself, and you still leave at nine.]
    Forty minutes. I'm Mr Haddad. What's your margin, and why should FreshWay give you shelf space? #speaker: You
    She stumbles, laughs, starts again. By the third run she is asking you questions back. #mood: calm
    ~ rehearsed = true
    ~ trust = trust + 2
    -> school_road
* [Stay for the buyer, and text Sam you'll miss the race #empathy +1 #stewardship -2 #feedback: Being at her side feels like the ultimate service, and she is grateful. She learns to lean on you rather than trust herself, and your family pays for it.]
    You'll stay? Oh, thank God. #speaker: Maya Lindqvist #mood: relieved
    You text Sam. Sam replies with one word: OK. #sfx: message-ping
    Mr Haddad stays for twenty minutes. You do most of the talking. Maya nods along and forgets to mention her numbers.
    At half past nine a photo arrives from Sam: Leo at the finish line, looking over his shoulder at the crowd. #sfx: message-ping
    ~ home = home - 2
    -> office_afternoon

=== school_road ===
You reach the school field at twenty-two minutes past nine. {home >= 1: Sam has saved you a spot by the finish.|Sam is at the far end of the field and does not wave.} Leo comes third, and looks for you before he looks at the clock.
-> office_afternoon

// ---------------------------------------------------------------
// Decision 9: back at the office. Maya's day is already decided; this adds what the team keeps.
// ---------------------------------------------------------------
=== office_afternoon ===
By two o'clock you are back at your desk. Aisha is hovering by it. She has seen the reorder. #scene: sales-office
It was me, wasn't it? I copied last year's job. #speaker: Aisha
* [Tell her not to worry: you've fixed the template #foresight +1 #growth -1 #feedback: The fix is sound, and she is spared an awkward hour. She is also spared the learning, and will not know why the template changed.]
    Don't worry about it. I've already changed the template. #speaker: You
    {
    - rehearsed && trust >= 6 && home >= 1:
        -> ending_best
    - rehearsed:
        -> ending_fixed
    - else:
        -> ending_show
    }
* [Trace it with her, and let her ring Maya #growth +1 #conceptualization +1 #stewardship -1 #feedback: Working it through with her finds the gap in the reorder process, and turns her mistake into a check she will run for years. It takes the afternoon, and two other clients' quotes go out a day late.]
    Pull up a chair. Let's find exactly how it slipped through, and then you can tell Maya what we've changed. #speaker: You
    At four Aisha rings Maya and walks her through the new check: every reorder is matched against the last approved proof before it prints.
    {
    - rehearsed && trust >= 6 && home >= 1:
        -> ending_best
    - rehearsed:
        -> ending_fixed
    - else:
        -> ending_show
    }

// ---------------------------------------------------------------
// Endings: Maya's part follows trust; home follows your promises to Sam.
// ---------------------------------------------------------------
=== ending_best ===
Late in the afternoon Maya rings.
FreshWay want us in forty stores from September. I did the numbers myself, all of them. #speaker: Maya Lindqvist #mood: delighted
Send me a quote for the whole show season. And tell me, did your boy win? #speaker: Maya Lindqvist
That evening Leo pins his third-place ribbon to the fridge, next to the envelope with the morning drawn on it. #ending: A launch, a race and a promise kept #outcome: better-off
-> END

=== ending_fixed ===
Late in the afternoon Maya rings. FreshWay want a second meeting. She sounds tired. #mood: relieved
Thank you for the banner. I'll be honest, last night was the worst night of the year. #speaker: Maya Lindqvist
{home >= 1: At home, Leo's ribbon goes on the fridge.|At home, Sam asks about your day in the voice Sam uses for neighbours.} #ending: Launch saved, trust dented #outcome: better-off
-> END

=== ending_show ===
At four Maya rings to say thank you. FreshWay will think about it, and she is not sure they liked her. #mood: worried
Next time, will you come to the meeting again? I'm hopeless on my own. #speaker: Maya Lindqvist
That evening Leo shows you his third-place ribbon and tells you all about the race you missed. #ending: The buyer met, the race missed #outcome: no-better
-> END

=== ending_lost ===
By nine the Brightwater stand is open, with A4 sheets taped across the top of the banner, curling at the corners. #scene: car-park
Three weeks later Maya moves the account to a printer in the next county. Her email is short and polite. #mood: angry
You never found out how the buyer meeting went. #ending: A launch under tape #outcome: worse-off
-> END
