# title: The Lift Is Out
# summary: A wheelchair user is coming to sign for an adapted ground-floor flat, the offer lapses at five, and the interview rooms are upstairs with the lift broken.
# role: Council customer service centre receptionist
# setting: council-reception
# customer: Farah Qureshi
# pronouns: she/her
# look: Farah Qureshi: long hair, brown skin
# look: Kev: older, bald, beard
# look: Owen: young, short hair, glasses
# look: Lorna: curly hair, light skin
# minutes: 7

// trust: how far Farah believes this office sees her as a tenant, not a problem to be moved.
// rang: you rang her before the doors opened, so she chose how today would go (the delayed payoff:
//   Lorna's room is free to borrow only that early).
// room: 1 a room with a door (G2), 2 the corner by the leaflets.
// promise: what Farah was told about Monday: 1 a call on Friday, 2 "it should be fixed", 3 keys at the flat.
VAR trust = 0
VAR rang = false
VAR room = 0
VAR promise = 0
VAR epilogue = 0

-> before

// ---------------------------------------------------------------
// Decision 1: before the doors open. Nothing has gone wrong for Farah yet.
// ---------------------------------------------------------------
=== before ===
Ten to nine at Harbourside Council's customer service centre. A sheet of A4 is taped across the lift doors: OUT OF ORDER. ENGINEER BOOKED. KEV, FACILITIES. #scene: council-reception #onstage: nobody
Outside the glass doors six people wait under the awning in the rain. The doors open at nine.
The first-floor list is on your screen. 9:30, Farah Qureshi, sign tenancy, 2 Marlow Court (adapted ground-floor flat). Housing officer: Owen Price. Access: wheelchair user.
The offer letter in the file says it in bold: the offer lapses at 5 p.m. today if the tenancy is not signed.
* [Open the doors on time: she's not due till half nine #community +1 #foresight -1 #feedback: The six in the rain are customers too, and opening on time is fair to them. The note on your screen was a warning you could act on now; instead Farah finds out at the door.]
    You unlock the doors. The six come in shaking umbrellas, and the morning starts.
    -> arrive
* [Ring Kev to find out when the engineer's coming #stewardship +1 #foresight +1 #feedback: Finding out what you are working with is sensible, and the building is partly yours to look after. Kev's answer tells you about the lift, and nothing Farah can use at half past nine.]
    Thursday, if the part comes. I'll be down in a bit. #speaker: Kev #call: Kev
    You unlock the doors. The six come in shaking umbrellas. #leave: Kev
    -> arrive
* [Ring Farah now, before you open up #foresight +2 #community -1 #feedback: A call before she sets off lets her decide how today goes, instead of finding out at the lift. The six in the rain wait five more minutes for it, and one of them taps on the glass.]
    ~ rang = true
    ~ trust += 1
    She answers on the second ring. Traffic and rain behind her. #call: Farah Qureshi
    I'm on the bus already. It's the lift, isn't it? It's always the lift. #speaker: Farah Qureshi #mood: worried
    I'm sorry. It is. What would make today work for you? #speaker: You
    A room downstairs with a door that shuts. And nobody carries me. Last time, at the passport office, two lads took me up four steps backwards and nearly tipped me out. #speaker: Farah Qureshi #mood: calm
    You write ROOM, DOOR, NO CARRYING on a sticky note. Someone outside taps on the glass and points at their watch. #leave: Farah Qureshi
    -> arrive

// ---------------------------------------------------------------
// Decision 2: Farah arrives, and Kev has an idea.
// ---------------------------------------------------------------
=== arrive ===
At twenty-five past nine Farah Qureshi comes up the ramp: early forties, a lightweight chair, a rain cape over her knees and a ring binder on her lap with MARLOW COURT on the spine. #enter: Farah Qureshi
{rang: She sees the sign, then sees you, and gives you a small nod.|She sees the sign on the lift before she sees you, and stops.}
{ not rang:
    You're joking. I rang on Monday to ask about the lift. #speaker: Farah Qureshi #mood: frustrated
}
Kev comes in from the car park with a toolbox and nods at the lift. #enter: Kev
Engineer's Thursday, if the part comes. Tell you what, though, me and Owen could get her up the stairs. We've done it before. #speaker: Kev
He says it to you, not to her. It is kindly meant.
* [Offer to rebook her for Thursday, when the lift's fixed #listening -1 #empathy -1 #barrier: rigid-systems #feedback: Rebooking is what the system offers when a room is out of reach. It serves the building's timetable: the offer lapses at five, and Thursday is only "if the part comes".]
    ~ trust -= 1
    We could rebook you for Thursday, when the lift's working? #speaker: You
    The offer lapses at five today. If I don't sign, it goes to the next family on the list. I've been waiting two years for a flat I can get into the kitchen of. #speaker: Farah Qureshi #mood: angry
    -> room_choice
* [Turn to Farah and ask what she'd like to do #listening +2 #empathy +1 #feedback: Kev talked about her as if she were a parcel to be moved. Turning to her puts the decision back with the person it belongs to, in front of the man who forgot to ask.]
    ~ trust += 1
    What would you like to do, Farah? #speaker: You
    {rang: What I said on the phone. A room down here. And thanks, Kev, but no.|A room down here with a door. And thanks, Kev, but nobody's carrying me.} #speaker: Farah Qureshi #mood: calm
    Kev holds his hands up, smiling. Fair enough.
    -> room_choice
* [Say yes to Kev: he and Owen are careful #community +1 #stewardship -2 #feedback: It is kind, and it gets her to her appointment fast. Carrying a person in a chair puts her, her chair and two colleagues' backs at risk, and nobody asked her.]
    ~ trust -= 2
    { rang:
        ~ trust -= 1
    }
    That'd be great, Kev, thanks. Owen can take the other side. #speaker: You
    {rang: I told you on the phone. Nobody carries me.|No. Nobody is carrying me anywhere.} #speaker: Farah Qureshi #mood: angry
    Kev steps back, embarrassed. The people in the waiting area have gone quiet.
    -> room_choice

// ---------------------------------------------------------------
// Decision 3: where the appointment happens.
// Asked at five past nine, Lorna could move her training for nothing; by half past it costs her.
// ---------------------------------------------------------------
=== room_choice ===
Owen Price comes down the stairs with the tenancy file under his arm. He is twenty-six and kind and has a ten-thirty.
The interview rooms are all upstairs. There's G2 down here, but Benefits have it for training till twelve. Or there's the corner by the leaflets. #speaker: Owen
* [Set up in the corner by the leaflets, with a screen #stewardship +1 #empathy -1 #feedback: It is quick, and Lorna's training goes ahead as booked. She will read out her income and her medical needs ten feet from the queue: a room for everyone else, a screen for her.]
    ~ room = 2
    ~ trust -= 1
    Kev fetches a folding screen. It is the kind used for flu jabs. Farah looks at it, then at the queue, and says nothing. #mood: frustrated
    -> system
* {rang} [Ask Lorna to start her training in the staff room #conceptualization +2 #community +1 #feedback: You asked at five past nine, before anyone had set up, so for Lorna it means a walk down the corridor, and she thanks you for the warning. Farah gets the same private room anyone upstairs gets.]
    ~ room = 1
    ~ trust += 2
    Lorna waves from the staff room door.
    All yours. I'd only just got the kettle on. #speaker: Lorna
    G2 has a door that shuts and a table at the right height. Farah rolls in and puts her binder down. #mood: relieved
    -> system
* {not rang} [Ask Lorna to move her training to the staff room #conceptualization +2 #community -1 #feedback: G2 gives Farah the same private appointment anyone upstairs gets: that is what a reasonable adjustment is. Eight colleagues lose their projector mid-session, and Lorna is not pleased.]
    ~ room = 1
    ~ trust += 2
    Lorna unplugs the projector with a look.
    Fine. You're explaining it to my trainer. #speaker: Lorna
    G2 has a door that shuts and a table at the right height. Farah rolls in and puts her binder down. #mood: relieved
    -> system
* [Ring Marion in Lettings: could the offer wait till Thursday? #persuasion +1 #listening -1 #feedback: Asking the person who decides is fair, and Marion's no has a real reason. Farah never asked to wait: she came to sign today, and the question was yours, not hers.]
    ~ room = 2
    ~ trust -= 1
    If I hold it for one, I hold it for everyone. The next family's been in a B and B for eleven weeks. Sorry. It's today. #speaker: Marion #call: Marion
    By the time you put the phone down, Owen has set up in the corner by the leaflets. Farah is already there, behind a flu-jab screen. #mood: frustrated #leave: Marion
    -> system

// ---------------------------------------------------------------
// Decision 4: the system lives upstairs.
// ---------------------------------------------------------------
=== system ===
Owen opens the file, then winces.
The tenancy's signed on the housing system, and the ID scanner's on my desk upstairs. Honestly, Thursday would be easier for everyone. #speaker: Owen
* [Ask Farah if Thursday might suit her after all #listening +1 #empathy -1 #feedback: Asking her is rarely wrong. Here it hands her the building's problem: Thursday is a "maybe", and the offer lapses today.]
    ~ trust -= 1
    Would Thursday work, if the lift's fixed? #speaker: You
    Will the offer wait till Thursday? #speaker: Farah Qureshi #mood: worried
    It won't. Owen goes upstairs for his laptop, twenty minutes later than he might have.
    -> loo
* [Run upstairs and print the tenancy for him #community +1 #stewardship -1 #feedback: Helpful, and Owen takes you up on it. The front desk is empty with a queue of six, and the tenancy still has to go through his system in the end.]
    You take the stairs two at a time. When you come back, the queue has grown and Owen is on the phone to IT. He fetches his laptop anyway.
    -> loo
* [Tell Owen: the offer lapses at five #persuasion +2 #community -1 #feedback: A plain case lets Owen decide for himself, and he does. It also tells a colleague, in front of a customer, that his easy option isn't good enough, and he will remember it.]
    ~ trust += 1
    Owen, the offer lapses at five, and she's here now. Can the laptop and a phone scan do it? #speaker: You
    Owen goes a bit pink.
    Yeah. Course. Give me two minutes. #speaker: Owen
    Farah watches him go, and looks at you for a moment longer than she needs to.
    -> loo

// ---------------------------------------------------------------
// Decision 5: forty minutes in. The accessible toilet is upstairs too.
// ---------------------------------------------------------------
=== loo ===
Forty minutes in, Owen goes to find a printer. Farah wheels over to the desk and asks quietly where the accessible toilet is.
It is on the first floor, next to the lift.
* [Ring the library across the road to expect her #foresight +2 #empathy +2 #stewardship -1 #feedback: You tell her plainly where it is, and a two-minute call means the library's locked accessible toilet is open when she gets there. The queue watches you on the phone for those two minutes.]
    ~ trust += 1
    The one here's upstairs, I'm sorry. The library over the road has one. I'll ring so it's open for you. #speaker: You
    The librarian meets her at the door with the key. She is back in six minutes. #mood: calm
    -> monday
* [Offer her the staff toilet behind reception #empathy -2 #feedback: It is close and kindly meant. The door is sixty centimetres wide, and she finds that out in front of the staff room. Offer what fits her, not what is nearest.]
    ~ trust -= 2
    There's the staff one, just behind here. #speaker: You
    She gets the front wheels through the door, and no further. She backs out past Lorna's training group without looking at anyone. #mood: frustrated
    She goes to the library in the end, and waits there ten minutes for someone to find the key.
    -> monday
* [Tell her quietly the library over the road has one #empathy +1 #feedback: Plain and private, and it is the right place. The library keeps that door locked, and she finds out when she gets there.]
    The nearest accessible one's at the library, just over the road. #speaker: You
    She is gone twenty minutes. The library keeps it locked, and it took a while to find the key.
    -> monday

// ---------------------------------------------------------------
// Decision 6: signed. Her question about Monday.
// ---------------------------------------------------------------
=== monday ===
At half past ten the tenancy is signed. Owen says the keys will be at this office on Monday at ten.
Will the lift be working on Monday? #speaker: Farah Qureshi
* [Ask Owen to hand her the keys at Marlow Court instead #conceptualization +2 #community -1 #feedback: It takes the lift out of her Monday altogether. It spends Owen's Monday afternoon, and he agrees partly because you asked in front of her.]
    ~ promise = 3
    ~ trust += 1
    Owen, could you meet her at the flat with the keys? #speaker: You
    Owen hesitates, then nods.
    I'm out that way Monday anyway. Two o'clock? #speaker: Owen
* [Tell her it should be: the engineer's booked #empathy +1 #stewardship -1 #feedback: It is the answer she wants. It is also one you cannot back up: Kev said Thursday, if the part comes.]
    ~ promise = 2
    ~ trust += 1
    It should be. The engineer's booked for Thursday. #speaker: You
* [Say you don't know, and you'll ring Friday #foresight +1 #stewardship +2 #empathy -1 #feedback: An honest "I don't know" disappoints her now and protects her Monday. The promise to ring is small enough to keep, and now it is yours to keep.]
    ~ promise = 1
    ~ trust += 1
    I don't know yet. I'll ring you on Friday either way, so you know before you set off. #speaker: You
- {
    - trust >= 5: Right. Thanks for not making me the problem. #speaker: Farah Qureshi #mood: relieved
    - trust >= 2: OK. Thanks. #speaker: Farah Qureshi #mood: worried
    - else: Farah puts the binder on her lap and leaves without a word. #mood: angry
  }
-> after

// ---------------------------------------------------------------
// Decision 7: the epilogue. Farah has gone; the lift is still out.
// ---------------------------------------------------------------
=== after ===
Farah has gone. The lift is still out, and the first-floor list for the week is still on your screen. #leave: Farah Qureshi
* [Email Kev for the engineer's confirmed date #stewardship +1 #feedback: Chasing the fault is part of looking after the building. It fixes nothing for anyone booked upstairs before Thursday.]
    -> ending
* [Put what worked in the reception folder #community +2 #feedback: G2, Owen's laptop, the library's key: the next receptionist starts from what worked today instead of from nothing.]
    ~ epilogue = 2
    -> ending
* [Ring the two others booked upstairs this week #foresight +2 #community -1 #feedback: Nothing has gone wrong for them yet, and ringing now lets them choose how their appointment goes. The desk is yours alone this morning, and the queue grows while you make the calls.]
    ~ epilogue = 1
    -> ending

=== ending ===
{ epilogue:
    - 1: Mr Adebayo, booked for Wednesday, says he will come on Thursday instead. Mrs Kerr asks for G2. Neither of them meets the sign on the lift.
    - 2: On Wednesday the sign is still on the lift. The receptionist on the late shift finds your note, books G2 and rings the library before anyone arrives.
    - else: Kev replies at four: Thursday, if the part comes. On Wednesday a man with a walking frame stands at the bottom of the stairs for ten minutes before anyone notices him.
}
{ promise:
    - 1: On Friday you ring Farah. The part hasn't come. Owen brings the keys down to G2 on Monday, and she is in and out in ten minutes.
    - 2: On Monday the lift is still out. Farah waits at the bottom of the stairs while Owen fetches the keys. You said, she says, to nobody in particular.
    - 3: On Monday at two Owen meets her at Marlow Court. The lift at the council office is still out; she never has to find out.
}
{ promise == 2:
    ~ trust -= 2
}
{
    - trust >= 6: -> ending_keys
    - trust >= 2: -> ending_signed
    - else: -> ending_complaint
}

=== ending_keys ===
Farah moves into 2 Marlow Court on the last Saturday of the month. Nobody at the council office hears from her again, which is how it should be. #scene: council-reception
Her next letter to Housing is about the bins. #ending: The keys, and nothing to tell
-> END

=== ending_signed ===
Farah has the flat. When her sister asks how the signing went, she says: fine, in the end. #scene: council-reception
She does not say that she signed for the flat she had waited two years for behind a flu-jab screen, or that she had to ask twice. #ending: Signed, in the end
-> END

=== ending_complaint ===
Farah has the flat, and on Tuesday a formal complaint reaches the council's access officer. #scene: council-reception
It is two pages long, polite and exact, and it quotes Kev's offer word for word. #ending: Signed, and a complaint
-> END
