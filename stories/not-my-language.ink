# title: Not in My Language
# summary: A mother who arrived from Afghanistan four months ago collects her daughter's antibiotic. She speaks Dari and a little English, the queue is growing, and the dose has to be right.
# role: Pharmacy counter assistant
# setting: pharmacy-counter
# customer: Mariam Haidari
# pronouns: she/her
# look: Mariam Haidari: hijab, brown skin
# look: Dev Mistry: short hair, beard, glasses
# minutes: 7

// trust: how far Mariam feels treated as a capable parent rather than a problem.
// interp: you used the professional interpreter line, the delayed payoff: only then can she ask her own question.
// understood: you checked she had the dose right, and caught the mistake.
// asked: her question about the iron drops reached the pharmacist.
VAR trust = 0
VAR interp = false
VAR farid = false
VAR understood = false
VAR asked = false
VAR chart = false
VAR epilogue = 0

-> counter

// ---------------------------------------------------------------
// Decision 1: the first words.
// ---------------------------------------------------------------
=== counter ===
Monday, half past five, Brookside Pharmacy. Three people queue behind the woman at the counter, and Dev, the pharmacist, is checking prescriptions in the back. #scene: pharmacy-counter
She is in her thirties, in a dark blue headscarf, and she holds the prescription flat with both hands.
For my daughter. Medicine. Please. #speaker: Mariam Haidari #mood: worried
The prescription: amoxicillin liquid for Zahra Haidari, age 4. 5 ml three times a day for seven days. Under the till there is a laminated card: "Point to your language."
* [Ask if she speaks any English #awareness +1 #empathy -1 #feedback: A fair question, and it is the one she is asked everywhere. It asks her to rate herself in a language she is nervous in, and "a little" tells you nothing about a dose.]
    Do you speak any English? #speaker: You
    A little. Little. #speaker: Mariam Haidari
    -> how
* [Carry on in English and see how it goes #stewardship +1 #awareness -2 #feedback: It keeps the queue moving, and she may follow more than she says. You will not know which parts she missed, and with a child's dose that is what matters.]
    ~ trust -= 1
    This is Zahra's antibiotic. You give it three times a day. #speaker: You
    She nods at every sentence, in the same way.
    -> how
* [Show the language card and let her point #listening +1 #empathy +1 #feedback: The card lets her answer in her own language and tells you exactly what you need. It treats her as someone with a language, not someone without English.]
    ~ trust += 1
    You slide the card over. She looks up, surprised, then puts her finger on one line. دری — Dari.
    Dari. Yes. #speaker: Mariam Haidari
    -> how

// ---------------------------------------------------------------
// Decision 2: how you will talk. The interpreter is the delayed payoff.
// ---------------------------------------------------------------
=== how ===
The pharmacy has a phone interpreter line; today's wait for Dari is about ten minutes. Farid, who speaks Farsi, is on his break in the back. Your phone has a translation app.
* [Use the translation app on your phone #awareness +1 #foresight -1 #feedback: Fast and often good enough for "hello" and "the fridge". Apps mangle medical phrases, and "three times a day" can come back as "for three days".]
    You type, and hold the phone up to her. She reads, frowns, reads again.
    Three days? #speaker: Mariam Haidari
    -> queue
* [Ring the interpreter line: ten minutes #foresight +2 #stewardship -1 #feedback: For a child's dose, a trained interpreter is the safe choice, and it lets her ask as well as listen. The queue behind her waits, and so does she.]
    ~ interp = true
    ~ trust += 1
    You dial, and hold up ten fingers. She nods, and for the first time she puts her bag down. #mood: calm #call: Interpreter
    -> queue
* [Fetch Farid from his break #empathy +2 #stewardship -2 #feedback: She hears her own language from a face, and that matters. Farid is not a medical interpreter, Farsi is close to Dari but not the same, and his break is his.]
    ~ farid = true
    ~ trust += 1
    Farid comes out still chewing, and listens to her for a moment. Her shoulders drop. #mood: calm
    -> queue
* [Use plain English, pictures and the syringe #growth +1 #feedback: Short words, one idea at a time and the real syringe in her hand can carry a lot. It can't carry her questions back to you.]
    You take the oral syringe out of the box and hold it up next to the bottle.
    -> queue

// ---------------------------------------------------------------
// Decision 3: the queue.
// ---------------------------------------------------------------
=== queue ===
The man behind her checks his watch and says it to nobody in particular.
Some of us have got work in the morning. #speaker: Man in queue
Mariam hears the tone, if not every word. She steps closer to the counter.
* [Apologise to him for the wait #awareness +1 #empathy -2 #feedback: You noticed him, which is right. Apologising for her, in front of her, says she is the delay, and she understood that perfectly.]
    ~ trust -= 1
    Sorry, sir, I'll be as quick as I can. #speaker: You
    Mariam looks at the floor. #mood: frustrated
* [Serve the next customer while she waits #stewardship +3 #empathy -1 #feedback: Two quick collections while the line connects, or while she looks at the syringe, is good use of the minutes. She stands to one side for them, and she notices.]
    You smile at Mariam, point at the chair by the counter, and serve the next two: a repeat prescription and a bag for a neighbour.
    Mariam sits, the phone on the counter between you.
* [Tell the queue she's first, and you'll be quick #empathy +1 #stewardship -1 #feedback: She hears someone stand up for her place. The three behind her wait the full time, and one of them leaves.]
    ~ trust += 1
    She's first, and I'll be as quick as I can. #speaker: You
    Mariam does not look round, but she stands a little straighter.
- -> explain

// ---------------------------------------------------------------
// Decision 4: the explanation.
// ---------------------------------------------------------------
=== explain ===
{interp: The interpreter comes on the line: a calm woman's voice. She will say whatever you say, in Dari.}
{farid: Farid stands beside you, ready.}
* [Say it all once, slowly and clearly, with gestures #empathy +1 #feedback: Slow and clear is kind. All at once, it is five facts in a second language, and the one she drops may be the one that matters.]
    Five millilitres, three times a day, for seven days. Shake it first. Keep it in the fridge. #speaker: You
* [Write it all down in simple English #foresight +1 #listening -1 #feedback: Paper goes home with her, and someone at home may read English. Writing instead of talking skips finding out what she understood.]
    You write it on the back of the bag in capitals.
* [Let her draw it up, step by step #growth +3 #stewardship -1 #feedback: She draws up the dose herself while you say each step, so she leaves knowing how, not just told. It takes three more minutes of the queue.]
    ~ trust += 1
    You put the syringe in her hand and the bottle in front of her. Shake. She shakes it. Five: this line. She draws it up to the line.
- -> check

// ---------------------------------------------------------------
// Decision 5: checking she has it, without talking down.
// ---------------------------------------------------------------
=== check ===
She looks at the bottle, then at you.
* [Ask "Do you understand?" #empathy +1 #listening -2 #feedback: It is polite, and the answer is almost always yes, from anyone, in any language. It checks whether she wants to seem difficult, not whether she has the dose.]
    Do you understand? #speaker: You
    Yes. Yes, thank you. #speaker: Mariam Haidari
* [Repeat the key points once more, slowly #growth +1 #listening -1 #feedback: Repetition helps. Said a second time, the same words still do not tell you what she heard.]
    Five. Three times a day. Seven days. #speaker: You
    Yes. #speaker: Mariam Haidari
* [Ask her to show you how #listening +2 #awareness +1 #feedback: Asking her to show you checks your explaining, not her intelligence, and it is the only check that finds the mistake.]
    ~ understood = true
    ~ trust += 1
    Can you show me how you'll give it, so I know I explained it well? #speaker: You
    She draws up five millilitres exactly. Then she holds up three fingers.
    Three times. Then finish. #speaker: Mariam Haidari
    Three days, she means. You count seven on the calendar by the till, together, and she writes the last date on the box in her own hand.
- -> take_home

// ---------------------------------------------------------------
// Decision 6: what she takes home.
// ---------------------------------------------------------------
=== take_home ===
Zahra's father reads no English either, she tells you. The label is in English.
* [Give her the printed label and the leaflet #stewardship +1 #feedback: Everything is on the label and in the leaflet, as the law requires. In English, to a home where nobody reads English.]
    She puts them carefully in the bag.
* [Draw a chart: sun, midday, moon #growth +2 #foresight +1 #stewardship -1 #feedback: A chart anyone in the house can follow, with a box to tick each dose. It takes three minutes while the queue waits again.]
    ~ chart = true
    ~ trust += 1
    You draw it on the back of a prescription bag. She points at the moon and says a word in Dari, and you write it under the moon.
* [Write the numbers large on the box #foresight +1 #feedback: "5 ml" and "x3" in big figures are easy to read in any language. The seven days are not on it.]
    You write 5 ml and x3 on the box, as big as it will take.
- -> question

// ---------------------------------------------------------------
// Decision 7: does she get to ask?
// ---------------------------------------------------------------
=== question ===
She hesitates, holding the bag. There is something else.
* {interp} [Ask, through the interpreter, what she wants #listening +2 #empathy +1 #feedback: In her own language she can ask her own question, and it turns out to be one only the pharmacist can answer.]
    ~ asked = true
    ~ trust += 1
    The interpreter listens for a while.
    She asks whether the medicine is all right with the iron drops her daughter takes every morning. #speaker: Interpreter
    You fetch Dev. Space them two hours apart, he says; the iron stops the antibiotic working as well. The interpreter tells her. She nods, slowly, and says it back.
* {not interp} [Ask, with a gesture, whether she has a question #listening +1 #feedback: Asking is right. Without a shared language she has no way to put her question into words, and she shakes her head.]
    Question? Anything? #speaker: You
    She thinks, then shakes her head.
    No. Thank you. #speaker: Mariam Haidari
* [Wish her well and call the next customer #stewardship +1 #listening -1 #feedback: The queue has been patient. She wanted to ask something, and now she will ask nobody.]
    I hope she feels better soon. Next, please. #speaker: You
- {
    - trust >= 5: Mariam puts the bag away and looks at you properly before she goes. #mood: calm
    - trust >= 2: She says thank you, twice, and goes. #mood: worried
    - else: She goes without looking back. #mood: frustrated
  }
-> close

// ---------------------------------------------------------------
// Decision 8: the epilogue. What you leave behind.
// ---------------------------------------------------------------
=== close ===
At closing, Dev asks how the Dari one went. #onstage: nobody
* [Leave it: there's the cashing-up to do #stewardship +2 #foresight -1 #feedback: The till and the safe are yours to close properly. The next family who needs the interpreter will wait just as long to be offered it.]
    ~ epilogue = 0
* [Ask Dev for dose charts ready-printed in pictures #growth +1 #feedback: A chart in pictures saves the next adviser the drawing. It still takes someone to check what was understood.]
    ~ epilogue = 1
* [Card and interpreter number at every till #foresight +1 #stewardship +1 #feedback: Today the card was under the till and the number was in a drawer. At every till, the next adviser reaches for them first.]
    ~ epilogue = 2
- -> ending

=== ending ===
{ epilogue:
    - 2: By Friday the language card and the interpreter number are taped by every till.
    - 1: Dev prints a stack of picture charts. They live in a drawer by the second till.
    - else: The card goes back under the till.
}
{
    - understood && asked && trust >= 5: -> ending_best
    - understood: -> ending_flat
    - else: -> ending_lost
}

=== ending_best ===
Zahra takes her medicine for seven days, two hours after her iron drops.
Three weeks later Mariam comes in for Calpol. She goes straight to the card by the till, points at Dari, and waits, as if it has always been there. #ending: Five millilitres, seven days, two hours apart
-> END

=== ending_flat ===
Zahra takes her medicine for seven days. {not asked: The iron drops go down with it at breakfast, and the infection takes a few days longer to clear than it should.}
{not chart: Her husband asks what the label says. She tells him what she remembers.}
She did everything she understood she had to. #ending: The dose right, the rest by luck
-> END

=== ending_lost ===
Zahra has her medicine for three days, as her mother understood it. She feels better, and it stops.
Ten days later the ear infection is back, and they are in the surgery again. #ending: Three days, not seven
-> END
