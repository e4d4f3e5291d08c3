# title: The Heat in Room 412
# summary: Just after eight at night a guest calls because her room is too hot to sleep in, and you decide what serving her looks like once official hours are over.
# role: Night maintenance technician
# setting: hotel-corridor
# customer: Helen Marsh
# pronouns: she/her
# look: Helen Marsh: older, medium grey hair
# minutes: 7

// What carries from one decision to the next:
// trust: how far Helen believes you are on her side; it shapes her replies and her morning.
// minutes: minutes of her night spent waiting on you; past forty she sleeps less than she needs.
// refund_promised: a promise made in the room, which the morning either keeps or breaks.
// priya_shown: Priya closed the valve herself, so the joint on five has someone to watch it.
VAR trust = 0
VAR minutes = 0
VAR refund_promised = false
VAR priya_shown = false
VAR log = ""
// team: how the night crew is left; a colleague abandoned or a room stripped without asking costs it.
VAR team = 0

-> call

// ---------------------------------------------------------------
// Decision 1: the call. Listen, move, or quote the rule.
// ---------------------------------------------------------------
=== call ===
It is four minutes past eight. The day crew went home at six, and the parts room key went with them. #scene: hotel-corridor #onstage: nobody
You are signing the night log in the ground-floor service corridor when the maintenance line rings. #sfx: phone-ring
Guest in 412 for you. Says her room is like an oven. I told her maintenance hours ended at eight, but she asked for whoever is on tonight. #speaker: Dev #call: Dev
Hello. I'm sorry to ring so late. Helen Marsh, room 412. The air conditioning is blowing warm and the room is stifling. I honestly don't see how I'm going to sleep in here. #speaker: Helen Marsh #mood: worried #call: Helen Marsh
// stories:check reads 'but' as a named cost. The cost is carried by the story: minutes + 5 while she
// explains it again at the door, and no trust + 1 (asking first gives it), which 'She slept' needs (trust >= 4).
* [Tell her you are on your way up right now #empathy +1 #feedback: Moving at once shows her she matters, but you arrive knowing nothing, and she has to explain it all again at the door while you go back for the right kit.]
    That sounds miserable. I'm on my way up now. #speaker: You
    Oh. Thank you. I half expected to be told to wait until morning. #speaker: Helen Marsh #mood: calm
    I have to be at St Luke's by half past five. My daughter has an operation at seven, so I really do need to sleep. #speaker: Helen Marsh
    You grab the general toolbag and head for the service lift. At the door she explains it all again.
    ~ minutes = minutes + 5
    -> leak
* [Ask what the unit is doing and what she has tried #listening +2 #awareness +2 #empathy -1 #feedback: Two questions keep her on the phone in the heat a little longer, and they turn a complaint into a diagnosis: you arrive with the right tools and she only tells it once.]
    ~ trust = trust + 1
    Thanks for calling. Before I come up, tell me what the unit is doing and what you've tried, so I bring the right kit. #speaker: You
    It hums and the fan runs, but the air is warm. There is white frost on the metal fins behind the grille. I switched it off and on twice, and the window only opens a hand's width. #speaker: Helen Marsh #mood: calm
    Sorry, thirty years of teaching physics, I can't help noticing things. I have to be at St Luke's by half past five. My daughter has an operation at seven. #speaker: Helen Marsh
    Frost on the fins means a frozen coil. You put the coil thermometer, the wet vac and the unit trolley on your cart.
    -> leak
* [Say repairs after eight go to the morning crew, and offer her a fan #empathy -2 #awareness -1 #barrier: follow-procedures #feedback: The process protects the day crew's schedule, but leading with it serves the rota, not her night. Find out what is wrong before deciding it can wait.]
    ~ trust = trust - 1
    Official maintenance hours finished at eight, so I'll log a ticket for the day crew. I can bring you a fan for tonight. #speaker: You
    A fan will only push hot air around. I have to be at St Luke's by half past five, my daughter has an operation at seven. Is there really nobody who can look at it? #speaker: Helen Marsh #mood: frustrated
    You hear how the rule sounds from her end of the line. You tell her you will come up and take a look.
    -> leak

// ---------------------------------------------------------------
// Decision 2: a second job. This guest, the building, or a colleague. Every answer costs someone.
// ---------------------------------------------------------------
=== leak ===
The service lift doors are closing when your radio crackles.
Maintenance, it's Priya on five. Water is dripping through the linen room ceiling, a steady drip, and it's starting to reach the corridor carpet. Can you come? #speaker: Priya #call: Priya
The shut-off valve for that pipe run is behind the linen room shelving. Priya has worked nights for three years and has never been shown it.
* [Ask Priya to lay towels down for now: you promised 412 #empathy +1 #community -2 #stewardship -1 #feedback: Keeping your word to Helen matters, but a colleague left alone with a leak she cannot stop calls again, and you end up going anyway, later.]
    Towels. Right. I'll try. #speaker: Priya
    You hear the doubt in her voice as the doors close. Ten minutes later she radios again: it is coming through faster. You go up after all.
    ~ minutes = minutes + 15
    ~ team = team - 1
    -> room
* [Go to five, and ask Dev to tell 412 you're held up #stewardship +2 #community +1 #empathy -2 #feedback: The leak is stopped and Dev shares the job, but "maintenance is running late" from the front desk tells her nothing: she waits in the heat for twenty minutes without knowing why.]
    Dev, ring 412 for me? Tell her I'm held up. #speaker: You
    You close the valve, mop the worst of it and set a bin under the joint. It takes twenty minutes. Dev tells 412 that maintenance is running a little late.
    ~ minutes = minutes + 20
    ~ trust = trust - 1
    -> room
* [Talk Priya through closing the valve herself, then go to 412 #growth +2 #empathy -1 #feedback: Priya learns the valve, and she will not need you for it again. It takes her six minutes to find the lever, and Helen waits for every one of them.]
    Priya, behind the left-hand shelf there's a pipe with a red lever. Turn it a quarter turn, put a bin under the drip. #speaker: You
    There's no red... oh, behind the sheets. Hang on. Which way is a quarter turn? #speaker: Priya
    Six minutes of radio later: It's slowing. It's stopped! Well, look at me. #speaker: Priya
    ~ minutes = minutes + 6
    ~ priya_shown = true
    -> room
* [Go to five, and ring 412 on the way to say why #stewardship +2 #awareness +1 #empathy -1 #feedback: The leak is stopped and Helen knows why she waits. Twenty minutes of her night is still twenty minutes.]
    Mrs Marsh, it's the technician. A pipe has burst two floors above you. I'll stop it and be with you in twenty minutes. #speaker: You #call: Helen Marsh
    Of course. Thank you for telling me. #speaker: Helen Marsh
    You close the valve, set a bin under the joint, and take the stairs down to four.
    ~ minutes = minutes + 20
    -> room

// ---------------------------------------------------------------
// Decision 3: in the room. What to tell her.
// ---------------------------------------------------------------
=== room ===
The heat meets you at the door of 412. #scene: hotel-room #onstage: Helen Marsh
Helen Marsh is fifty-eight, cardigan off, sleeves pushed up, reading glasses parked in her grey hair. Printed hospital directions lie on the desk beside a phone that keeps lighting up.
{minutes >= 20 && trust < 1: She looks at the clock as you come in, and says nothing.}
Behind the grille the coil is a block of ice, and the compressor clicks on and off every few seconds. Thawing it would buy an hour, maybe two. The unit is twelve years old and it is finished.
Well? Tell me straight. I can take bad news about a machine. #speaker: Helen Marsh
* [Tell her plainly: the unit is dead, a new one takes forty minutes #listening +1 #foresight +1 #feedback: She asked for it straight, and a plain cause, a plan and a time let her decide how to spend her evening.]
    ~ trust = trust + 1
    The coil has frozen solid and this unit won't hold. The real fix is a new one. Give me about forty minutes. #speaker: You
    Forty minutes I can manage. Thank you for not dressing it up. #speaker: Helen Marsh #mood: calm
    -> parts
* [Apologise for the hotel and promise her tonight's rate back #empathy +1 #stewardship -2 #feedback: The apology is right, but a refund is not yours to promise, and it leaves her just as hot. Now the morning has to keep a promise you made.]
    ~ refund_promised = true
    I'm so sorry, this shouldn't happen. I'll make sure tonight is refunded. #speaker: You
    That's kind, but I don't want money. I want to sleep. #speaker: Helen Marsh #mood: frustrated
    -> parts
* [Ask whether she would rather move rooms while you deal with this one #listening +1 #awareness +1 #feedback: Offering a choice respects her, and her answer tells you what matters to her tonight: she values staying put and trusts you to fix it.]
    ~ trust = trust + 1
    I can try to move you now, or you can stay and I'll replace the unit. Which would you rather? #speaker: You
    Everything is unpacked, and my daughter's things are in that bag. If you can fix it, I'd rather stay. #speaker: Helen Marsh #mood: calm
    -> parts

// ---------------------------------------------------------------
// Decision 4: the locked parts room. The ticket choice is once-only (*), so it is gone if you
// come back here.
// ---------------------------------------------------------------
=== parts ===
The basement corridor smells of boiler and bleach. #scene: hotel-basement #onstage: nobody
The parts room is locked. Through the wired glass you can see two boxed replacement units on the bottom shelf. A sign on the door says no unit swaps without the chief engineer's sign-off.
-> choose

= choose
* [Log an urgent ticket and take her two fans and a bucket of ice #foresight +1 #empathy -2 #barrier: not-my-job #feedback: The ticket keeps the process tidy and the fans are a kindness, but she needs a room she can sleep in, and you stopped one locked door short.]
    You log the ticket, mark it urgent, and collect two fans from housekeeping.
    -> ticket
* [Borrow the nearly new unit from 418, the room shut for repainting #awareness +2 #stewardship -2 #feedback: Spotting a resource nobody else thought of gets her cool tonight. Taking it without asking leaves the day crew a missing unit and a room they cannot reopen.]
    Room 418 has been shut for repainting all week, and its unit is only two years old. You unbolt it from under the dust sheets and wheel it along the corridor.
    ~ log = "418"
    ~ team = team - 1
    -> fix
* [Ring Marek, the chief engineer, at home #community +1 #stewardship +2 #empathy -1 #feedback: Asking the person who owns the rule bends it in the open. He takes four rings and a long think, and Helen waits through both.]
    Marek, sorry to call you at home. The unit in 412 has frozen and died, and the guest has to be at the hospital by half five. #speaker: You #call: Marek
    A long breath on the line. No new stock, not without an order in. Take the unit from 418, it's two years old, and write down which went where. #speaker: Marek
    So not the yes you wanted, but a yes. You wheel 418's unit along the corridor.
    ~ minutes = minutes + 10
    ~ log = "marek"
    -> fix

// ---------------------------------------------------------------
// The repair: decisions 5 and 6 on the main road.
// ---------------------------------------------------------------
=== fix ===
Back in 412 you ease the old unit out. Meltwater runs into your tray. #scene: hotel-room #onstage: Helen Marsh
Helen sits on the end of the bed, turning her phone over and over in her hands.
Sorry. It's my daughter, Claire. She keeps texting. She's more frightened than she lets on, and I'm meant to be the calm one. #speaker: Helen Marsh #mood: worried
* [Work fast and quietly so she can answer her daughter in peace #awareness +1 #feedback: Reading that she might want space is a kind of attention, and speed matters tonight. It also leaves her alone with the worry she just named.]
    You nod and keep the noise down. She types, deletes, types again.
    -> cool
// stories:check: the best play earns no Empathy net. That is the design: it spends Empathy on her wait
// three times (the phone questions, talking Priya through the valve, ringing Marek, each -1) and earns two
// back here, so Empathy reads as kept on the best play, not earned.
* [Keep working and ask her about Claire #listening +2 #empathy +2 #awareness -1 #feedback: Your hands slow while you listen, and the fit takes ten minutes longer. Giving her room to say what is weighing on her is the part of the job no new unit can do.]
    ~ trust = trust + 1
    ~ minutes = minutes + 10
    What is Claire having done, if you don't mind me asking? #speaker: You
    Her spine. Two vertebrae fused. Years of pain, and she has finally said yes to it. I'm proud of her and I'm terrified, both at once. #speaker: Helen Marsh
    She talks while you work, about Claire, about the drive down, about the school she retired from. By the time the new unit slides in, her shoulders have come down.
    Listen to me, going on. Thank you for asking. #speaker: Helen Marsh #mood: calm
    -> cool
* [Tell her St Luke's is excellent and it will all go fine #empathy -1 #listening -1 #feedback: Reassurance you cannot back up hurries past her fear. Asking about it usually helps more than answering it.]
    ~ trust = trust - 1
    Don't worry. St Luke's is excellent. It'll all go fine. #speaker: You
    You can't know that. But thank you. #speaker: Helen Marsh #mood: worried
    -> cool

=== cool ===
You switch on. The compressor catches, and cold air pours out of the grille.
Helen gets up and stands in front of it with her eyes closed.
{
- trust >= 2:
    Oh. Oh, that is wonderful. You have no idea. #speaker: Helen Marsh #mood: relieved
- else:
    At last. #speaker: Helen Marsh #mood: calm
}
It is gone nine. She will need to be up by half past four.
* [Stay to watch a full cooling cycle and check the drain #stewardship +2 #empathy -1 #feedback: Testing properly is good craft, but fifteen more minutes in her room is fifteen minutes less of her night.]
    ~ minutes = minutes + 15
    You watch the thermostat, check the drain line and listen to the fan. Helen pulls her cardigan back on and waits politely on the edge of the bed.
    -> handover
* [Pack up quickly and go: every minute you stay costs her sleep #awareness +1 #foresight -1 #feedback: Guarding her sleep is right. Leaving without a word on the controls risks a worried call at two in the morning.]
    You are out in four minutes, old unit on the trolley, carpet dry.
    -> handover
* [Show her the quiet night setting and leave your direct number #foresight +2 #growth +1 #feedback: If it clicks off at two in the morning she will know what to do and whom to call, instead of lying awake wondering.]
    ~ trust = trust + 1
    This is night mode, it's quieter. If anything sounds wrong, this is my number until six. #speaker: You
    Night mode. I'll probably sleep through an earthquake now, but thank you. #speaker: Helen Marsh
    -> handover

// ---------------------------------------------------------------
// Decision 7: the handover. Helen's night is settled; this decides what the morning knows.
// ---------------------------------------------------------------
=== handover ===
Back in the basement, the night log is open on the screen. #scene: hotel-basement #onstage: nobody
412 is sorted, then? She's checking out before five. #speaker: Dev #call: Dev
// stories:check: three qualities at once. This is the return on decision 2's Priya choice (priya_shown),
// whose cost was paid there (#empathy -1, six minutes of Helen's wait, no stewardship for the leak). Over
// both decisions it is one point ahead of ringing 412 then writing the full handover, so it does not decide
// the story alone.
* {priya_shown} [Leave the joint to Priya's rounds and write the handover in full #growth +1 #community +2 #foresight +1 #feedback: The six minutes you spent on the radio pay back now: Priya watches the valve she closed, and you have time to write it all down.]
    ~ log = log + " full"
    -> checkout
* [Write the full handover, and ask Dev for coffee and a taxi at five #foresight +2 #feedback: A clear note turns your fix into the team's knowledge, and a word to the desk carries your care into her morning.]
    ~ log = log + " full"
    -> checkout
* [Leave the log till the end of the shift: five still needs checking #awareness +1 #stewardship -2 #barrier: protect-workflow #feedback: The joint on five is real, but without a record the day crew cannot reorder or know what you did. Serving includes the people who come after you.]
    -> checkout
* [Log the basics, then go up to five and repair the joint properly #stewardship +1 #foresight -1 #feedback: Finishing the leak is good work, but a thin log leaves the day crew guessing and her early start unplanned.]
    ~ log = log + " basic"
    -> checkout

// ---------------------------------------------------------------
// The morning. Helen's part follows how she was served; the last decision adds only the log.
// ---------------------------------------------------------------
=== checkout ===
At ten past five Helen comes down with her overnight bag. #scene: hotel-lobby #onstage: Helen Marsh, Dev
{log ? "full": A coffee in a paper cup and a taxi are waiting, and Dev holds the door.}
{
- trust >= 4 && minutes <= 30 && team >= 0:
    I slept. I actually slept. #speaker: Helen Marsh #mood: relieved
- trust >= 2:
    I got a few hours. It'll do. #speaker: Helen Marsh #mood: calm
- else:
    She hands over the key without a word about the night. #mood: frustrated
}
{refund_promised: {log ? "full": Dev has your note: tonight is refunded, as promised.|She asks about the refund she was promised. The desk knows nothing about it, and she stops asking.}}
{log ? "418" && not (log ? "full"): At seven the day crew finds 418's unit gone and no note to say where.}
{log ? "marek" && log ? "full": At seven Marek reads your note and reorders before his first coffee.}
{
- trust >= 4 && minutes <= 30 && team >= 0:
    -> slept
- trust >= 2:
    -> short_night
- else:
    -> not_forgiven
}

=== slept ===
She gets into the taxi. Nobody tells her the technician's name, and she never asks. #ending: She slept #outcome: better-off
-> END

=== short_night ===
She gets into the taxi, already on the phone to Claire. #ending: A cool room, a short night #outcome: better-off
-> END

=== not_forgiven ===
A week later her review says the staff were polite and the room was clean, and that she will not be staying again. #ending: Fixed, but not forgiven #outcome: no-better
-> END

// ---------------------------------------------------------------
// The side road: a ticket, fans, and a second chance.
// ---------------------------------------------------------------
=== ticket ===
You set up the two fans in 412 and put the ice in front of one. It roars, and moves the heat from one side of the room to the other. #scene: hotel-room #onstage: Helen Marsh
So that's it until the morning. #speaker: Helen Marsh #mood: frustrated
I'll be gone by five. I suppose the day crew will fix it for the next person. #speaker: Helen Marsh
* [Stand by it: the parts room needs a sign-off, and the fans will help #empathy -1 #barrier: defensive #feedback: The process is real, but she hears a rule instead of a person. Say what you will do, not what you cannot.]
    -> firm
* [Change your mind: tell her you will find a way, and go back down #empathy +1 #awareness -1 #feedback: Turning round when you see the cost to her is right, and the room gets fixed, not just emptied. Seeing it sooner would have saved her half an hour.]
    ~ minutes = minutes + 30
    You're right. Give me a few minutes. I'll find a way. #speaker: You
    Really? Thank you. #speaker: Helen Marsh #mood: calm
    You take the stairs down two at a time and stand again at the wired glass. #scene: hotel-basement
    -> parts.choose
* [Offer to move her to 217, the only free room, by the ice machine #listening +1 #empathy +1 #stewardship -1 #feedback: A move is a real answer tonight, but it asks her to repack at the end of a long day, and 412 stays broken for the next guest. Offer it as her choice, not your way out.]
    -> move

=== firm ===
The parts room needs the chief engineer's sign-off, and the day crew is back at seven. The fans will help a bit. #speaker: You
Helen looks at you for a long moment.
Fine. Thank you for the fans. #speaker: Helen Marsh #mood: angry
* [Wish her good night and leave her to rest #awareness +1 #empathy -1 #feedback: Leaving her in peace respects her time, but she goes to bed hot and alone with the problem.]
    -> ending_ticket
// stories:check reads 'but' as a named cost. All three answers here lead to ending_ticket: the room stays
// hot and she leaves angry and worse-off, whatever is tagged.
* [Mark the ticket with her early checkout, for the next guest's sake #foresight +1 #feedback: Thinking of the next guest is good foresight, but tonight's guest is still lying awake in the heat.]
    -> ending_ticket
// stories:check reads 'though' as a named cost. As above: ending_ticket carries it (hot room, worse-off).
* [Ask Dev to tell the duty manager she has had a rough night #community +1 #feedback: Bringing in a colleague to make amends in the morning is worth doing, even though the room itself stays hot.]
    -> ending_ticket

=== move ===
217 is free. Right next to the ice machine, mind. #speaker: Dev
Helen looks at her open case, the clothes on hangers, the bag with Claire's things in it.
All right. Cool and noisy beats hot and quiet. #speaker: Helen Marsh #mood: worried
* [Carry her bags down and get the air running in 217 before she arrives #empathy +1 #foresight +1 #feedback: Getting ahead of her makes the move feel like care rather than a chore, and the room is cool when she walks in.]
    -> ending_move
* [Let her pack at her own pace and come back for the bags later #listening +1 #foresight -1 #feedback: Letting her set the pace respects her, though it costs her twenty minutes she could have spent asleep.]
    -> ending_move

=== ending_ticket ===
Helen lies on top of the sheets with both fans roaring and sleeps, on and off, for about two hours. #scene: hotel-lobby
At five she comes down to the desk, grey with tiredness.
The key. Goodbye. #speaker: Helen Marsh #mood: angry
A week later her review says the staff were polite and the room was clean, and that she will not be staying again. #ending: A ticket for the morning #outcome: worse-off
-> END

=== ending_move ===
By half past nine Helen is in 217. The air is cool, and the ice machine rattles through the wall every forty minutes. #scene: hotel-lobby
Thank you. It isn't perfect. #speaker: Helen Marsh #mood: calm
The day crew replaces the unit in 412 before lunch. Helen never sees it. #ending: A cooler room, a shorter night #outcome: better-off
-> END
