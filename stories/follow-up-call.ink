# title: The Follow-Up Call
# summary: Three weeks after a potter bought your booking software you ring to check in, and behind her cheerful it's fine is a product that may not fit her studio.
# role: Sales representative for booking software
# setting: sales-office
# customer: Rosa Delgado
# look: Rosa Delgado: older, grey bun
# minutes: 8

-> prep

// ---------------------------------------------------------------
// Decision 1: before you dial.
// ---------------------------------------------------------------
=== prep ===
Thursday, eleven in the morning, the last week of the quarter. The sales floor hums with people on headsets. #scene: sales-office
A reminder pops up on your screen. Day twenty-one follow-up: Rosa Delgado, Clay Yard Studio, annual plan, four hundred and eighty pounds. The script says: satisfaction score, ask for a referral, offer the Plus upgrade.
You sold it to her three weeks ago. She was warm and funny on the phone, and her niece did the setting up.
* [Dial now and follow the script; it is a quick courtesy call #stewardship +1 #awareness -1 #feedback: Keeping follow-ups short respects your time and hers. But calling blind means you will only hear what she chooses to say.]
    You dial.
    -> hello
* [Spend two minutes on her account before you dial #awareness +2 #foresight +1 #feedback: Two minutes with the facts lets you hear what she does not say. Her account was already telling a story.]
    Three bookings made online in three weeks. Forty-one entered by hand, all by Rosa, all between twenty to eleven at night and midnight. She has never opened the phone app. Her thirty-day money-back window closes in nine days.
    You dial.
    -> hello
* [Send the satisfaction survey by email instead, as most of the team does #stewardship +1 #listening -2 #barrier: built-for-staff #barrier: over-reliance-on-tech #feedback: A survey is for the company, not the customer. It collects a number and closes the door on the conversation where the real answer lives.]
    Her reply comes back within ten minutes. Eight out of ten. All fine thanks, just getting used to it.
    Just getting used to it, after three weeks. You read it again and pick up the phone.
    -> hello

// ---------------------------------------------------------------
// Decision 2: fine, fine.
// ---------------------------------------------------------------
=== hello ===
It rings nine times.
Clay Yard, Rosa speaking. Sorry, sorry, I was at the wheel. Hands all over the phone now. #speaker: Rosa Delgado #mood: calm
Oh, the booking people! Yes, it's fine. It's all fine. Lucía, my niece, set it all up. She's very clever with these things. #speaker: Rosa Delgado
There is a pause, a little too long.
It's very modern. #speaker: Rosa Delgado
* [Ask her to rate it from one to ten, as the script asks #stewardship +1 #listening -1 #barrier: over-reliance-on-tech #feedback: A score is easy to log and tells your company something. It tells you almost nothing about her day, and fine, fine is not a number.]
    Eight? Seven, eight. It's fine. I'm just slow typing them all in, that's all. #speaker: Rosa Delgado
    -> unsaid
* [Tell her about the new Plus tier, with text reminders for her students #persuasion -1 #listening -2 #feedback: Pitching before you know how she uses it turns a follow-up into a sales call. She hears that this call is about your quarter, not her studio.]
    Oh. More things. Lovely. #speaker: Rosa Delgado #mood: worried
    I'm still typing in the ones from the phone, to be honest. At night, mostly. #speaker: Rosa Delgado
    -> unsaid
* [Ask her to walk you through how a booking reaches her now #listening +2 #awareness +1 #feedback: A how question gets past fine to what actually happens. The details of her day tell you more than any score could.]
    Well. Someone rings me, or they tell me at the end of class. I write it in my book. Then at night I type it all into the computer so the class lists come out right. #speaker: Rosa Delgado
    Two diaries, really. Mine and the computer's. #speaker: Rosa Delgado
    -> unsaid

// ---------------------------------------------------------------
// Decision 3: listening for what is not said.
// ---------------------------------------------------------------
=== unsaid ===
It's me, really. I'm sixty-three and I'm not techy. I'll get the hang of it. #speaker: Rosa Delgado #mood: worried
* [Ask what her students make of booking online #listening +2 #conceptualization +1 #feedback: She blamed herself, and you asked about the people around her instead. That question finds the real shape of the problem: it may be the product that does not fit, not her.]
    My students? Oh, they're mostly retired. Four of the thirty have used the link. Dorothy is eighty-one, she hasn't got email. They like ringing me. #speaker: Rosa Delgado
    And I like it too, if I'm honest. That's half the point of the place. #speaker: Rosa Delgado
    -> marcus
* [Tell her kindly that it isn't her, and send her the link to the training videos #healing +1 #growth +1 #listening -1 #feedback: Lifting the blame off her is kind, and the videos are good. But they teach her to use the product harder, when the problem may be that it does not fit how her studio works.]
    Videos. Lovely. I'll watch them with Lucía. #speaker: Rosa Delgado
    Though it isn't really me that's the trouble. It's that my lot won't book online. Most are retired. They ring. They like ringing. #speaker: Rosa Delgado
    -> marcus
* [Say you can see most bookings go in late at night, and ask her why #awareness +2 #empathy -1 #feedback: Naming what you can see is honest and gets to the point. It can also feel like being watched, so say why you looked before you say what you saw.]
    You can see that? Goodness. #speaker: Rosa Delgado
    Well, yes. My students ring me, or tell me in class. They're mostly retired, they don't do links. So I type it all in at night. #speaker: Rosa Delgado
    -> marcus

// ---------------------------------------------------------------
// Decision 4: the manager over your shoulder.
// ---------------------------------------------------------------
=== marcus ===
Hold on, let me get my book, I'll tell you exactly. #speaker: Rosa Delgado
She puts the phone down. You hear a radio, a kiln door, footsteps.
Marcus, your sales manager, stops behind your chair and reads your screen.
The pottery studio? She's a Plus, text reminders all day long. And don't go offering refunds. We're at nine per cent churn and it's the last week of the quarter. #speaker: Marcus
A refund would also take back your commission on the sale.
* [Tell Marcus quietly and plainly that Plus will not fix her problem, and that you will talk after the call #persuasion +2 #stewardship +1 #feedback: A calm, honest sentence to your manager protects the customer and gives him a reason instead of a silence. Most managers would rather hear it now than at renewal.]
    Plus won't fix this one. Her students don't book online at all. I'll show you after. #speaker: You
    Marcus raises his eyebrows, then shrugs.
    Your call. Show me after. #speaker: Marcus
    -> fit
* [Nod: the quarter matters to the whole team, and the reminders might help #stewardship +1 #community +1 #empathy -1 #feedback: Loyalty to your team is real, and so is the quarter. But you agreed to a solution before you had finished hearing the problem.]
    You nod. Marcus pats the back of your chair and moves on.
    -> fit
* [Wave him off without a word and go back to the call #empathy +1 #community -1 #feedback: You keep your attention on her, which matters. But your manager walks away thinking you agreed, and the conversation you will need to have later just got harder.]
    You hold up a hand without looking round. He lingers a second, then goes.
    -> fit

// ---------------------------------------------------------------
// Decision 5: honesty about the fit. Four roads.
// ---------------------------------------------------------------
=== fit ===
Rosa comes back to the phone, a little out of breath.
Here's the thing. I paid for the year. I don't want to waste Lucía's work, or the money. #speaker: Rosa Delgado
You know the product well. It is built for customers who book themselves online. Plus adds text reminders to bookings that already exist, so it does nothing for people who will not book online.
But the phone app has a quick-entry button. She could add a booking in ten seconds while the student is still on the line, and never type at midnight again.
* [Recommend Plus: text reminders might nudge her students online #persuasion +1 #listening -2 #feedback: It is a real feature and Marcus would be pleased. But it answers a question she did not ask, and her students do not want nudging; they want to ring her.]
    -> upsell
* [Offer her a full refund now, since it clearly does not fit #empathy +1 #listening -1 #feedback: Honest and generous, and it costs you your commission. But you decided for her: she has just told you she does not want to waste the work.]
    -> refund
* [Show her the quick-entry button, and leave the refund window out of it #conceptualization +2 #foresight -1 #feedback: The button may be exactly what she needs, so showing it serves her. Leaving out the nine days she has to change her mind protects your commission, not her.]
    There's something that might save your evenings. #speaker: You
    -> fix
* [Be straight: what it does well, what it will not do, the quick-entry button, and the nine days she has to get her money back #persuasion +2 #foresight +2 #stewardship +1 #feedback: Honesty about fit is what makes your recommendation worth anything. Telling her about the nine days lets her try the fix without being trapped by it.]
    It's good at payments and class lists. It won't make your students book online, and I won't sell you anything that pretends to. But there's one button that might end the midnight typing. And if it doesn't, you have nine days to get every penny back. #speaker: You
    Nine days. Nobody told me that. Thank you. #speaker: Rosa Delgado #mood: calm
    -> fix

// ---------------------------------------------------------------
// Decision 6: making the fix real.
// ---------------------------------------------------------------
=== fix ===
You describe the quick-entry button. The student rings, she taps it, types a name, picks the class, done.
On my phone? With clay hands? I've never opened the app. #speaker: Rosa Delgado #mood: worried
* [Book her a setup session with the support team for Tuesday morning #foresight +1 #stewardship +1 #feedback: A proper session with an expert is a solid plan. It also leaves her a week of midnights before it happens, and Tuesday is a teaching day for her.]
    Tuesday. I'll have a class in, but I'll try. #speaker: Rosa Delgado
    -> after
* [Ask if she has twenty minutes now, and bring Jun from support onto the call #community +2 #growth +1 #feedback: Bringing in the colleague who knows the app best serves her better than your own guesswork. Jun teaches her to do it herself, and that is the help that lasts.]
    The kiln's firing anyway. I've got all afternoon. #speaker: Rosa Delgado
    You carry your laptop down to the support floor and plug in beside Jun, who has done this a hundred times. #scene: call-centre
    Jun has her open the app, add a pretend student called Mrs Test, and then delete her again. Then Rosa adds a real one on her own.
    Well, look at that. Dorothy's booked in and I haven't even washed my hands. #speaker: Rosa Delgado #mood: relieved
    -> after
* [Talk her through it yourself, though you have only ever seen it in demos #empathy +1 #growth +1 #stewardship -1 #feedback: Staying with her is warm, and she learns something. But you guess twice and send her down the wrong menu, when a colleague who knows it was one floor away.]
    It takes twenty minutes and two wrong turns, but she adds a booking in the end.
    Well. I think I've got it. I'll practise. #speaker: Rosa Delgado #mood: calm
    -> after

// ---------------------------------------------------------------
// Decision 7: foresight. It chooses the ending.
// ---------------------------------------------------------------
=== after ===
Back at your desk, the follow-up form wants a satisfaction score and a next step. Marcus will read it on Monday. #scene: sales-office
Rosa's money-back window closes in nine days.
* [Tell her to ring you if anything goes wrong #empathy +1 #foresight -1 #barrier: no-assistance #feedback: Warm, and it leaves the door open. But she is not the ringing kind, and she will blame herself before she blames the product.]
    -> ending_drift
* [Email her a short summary: the steps, the date her window closes, and your direct number #foresight +1 #stewardship +1 #feedback: Writing it down gives her something to hold on to and the date in black and white. It leaves the next move to her, which suits some people and not others.]
    -> ending_written
* [Book a call for two days before her window closes, tell her you will ring, and log the account honestly as at risk #foresight +2 #stewardship +1 #feedback: Ringing before the deadline means she decides with all the facts, and an honest log tells Marcus the truth about the quarter. Follow-up is service, not a survey.]
    -> ending_best

// ---------------------------------------------------------------
// Side road: the upsell.
// ---------------------------------------------------------------
=== upsell ===
If you think it'll help. You're the expert. #speaker: Rosa Delgado
She goes to find her card. Over the partition Marcus gives you a thumbs up.
* [Process the upgrade; she has agreed #stewardship +1 #empathy -1 #feedback: She said yes because she trusts you, not because it fits. A sale she regrets is a customer you will lose.]
    -> upsell_end
* [Stop before you process it, and tell her honestly you are not sure it will help #healing +1 #persuasion +1 #feedback: Taking back a pitch you have just made is hard, and it is honest. She will trust the next thing you say far more.]
    Rosa, before you read me that card: I'm not sure Plus will help, and I'd rather not sell you something that doesn't. Can I show you something else first? And you have nine days to get your money back if none of it works. #speaker: You
    Oh. Well. Thank you for saying so. #speaker: Rosa Delgado #mood: calm
    -> fix

=== upsell_end ===
The upgrade goes through. Sixty pounds more a year.
Marvellous. The texts will go out on their own, will they? #speaker: Rosa Delgado
* [Log it as a successful upsell and close the follow-up #stewardship +1 #awareness -1 #feedback: The form is complete and the quarter looks better. The problem she described is exactly where it was.]
    -> ending_upsell
* [Book a call in a month to see whether the reminders are working #foresight +1 #empathy +1 #feedback: Checking back is the right instinct. By the time you ring, her refund window will have closed.]
    -> ending_upsell

// ---------------------------------------------------------------
// Side road: the refund.
// ---------------------------------------------------------------
=== refund ===
If it doesn't fit, I'd rather you had your money back. I can do a full refund today. #speaker: You
Money back? But I like the payments part. And the class lists. Lucía spent a whole Sunday on it. #speaker: Rosa Delgado #mood: worried
* [Process it anyway: when a product does not fit, the honest thing is to give the money back #stewardship +1 #listening -1 #feedback: Principled, and it costs you. But she has just told you what she values, and you answered your own question instead of hers.]
    -> refund_end
* [Ask her what she would keep and what she would lose #listening +2 #healing +1 #feedback: Going back to listening after a misstep is the whole skill. Her answer shows you what would actually fit.]
    What would you miss, and what would you be glad to see the back of? #speaker: You
    I'd miss the payments and the class lists. I'd be glad to see the back of typing at midnight. #speaker: Rosa Delgado #mood: calm
    Then there's one button I should show you. And the nine days still stand, whatever you decide. #speaker: You
    -> fix

=== refund_end ===
Refunds go through the support floor. You walk down and sit with Jun while she processes it. #scene: call-centre
Thank you for being honest. I'll miss the class lists. #speaker: Rosa Delgado #mood: calm
* [Ask Jun to log why Rosa left, so the product team hears about studios whose customers book by phone #conceptualization +1 #community +1 #feedback: One lost customer can teach a product team something about a whole market. Passing it on is stewardship beyond your own sale.]
    -> ending_refund
* [Process it and move on to your next follow-up #stewardship +1 #feedback: Tidy and quick. What you learned about phone-first studios leaves the building with her.]
    -> ending_refund

// ---------------------------------------------------------------
// Endings
// ---------------------------------------------------------------
=== ending_best ===
Seven days later you ring, as promised. She answers on the second ring. #scene: sales-office
I haven't typed at midnight for a week! Dorothy rang while I was at the wheel and I booked her in with one thumb. I'm keeping it. #speaker: Rosa Delgado #mood: delighted
I've told the potters' guild about you, by the way. Three of them want to know if you're as honest as I said. #speaker: Rosa Delgado
On Monday Marcus reads your at-risk note, then the follow-up, then the three new leads. He asks you to show the team how you ran the call. #ending: Kept, because it fits
-> END

=== ending_written ===
Rosa prints your email and pins it to the corkboard beside the firing schedule.
She uses the quick-entry button most days. On day twenty-eight she decides, by herself, to keep it. #mood: calm
She renews the next year without a word. She never mentions you to anyone. #ending: Kept, quietly
-> END

=== ending_drift ===
She doesn't ring. She is not the ringing kind.
The nine days pass. By November the paper book is back by the phone, and the midnight typing has stopped because she has stopped using the system at all.
In January the renewal reminder arrives. She cancels, and in the box marked Reason she writes: it was me, not you, I'm not techy. #mood: worried #ending: Fine, fine
-> END

=== ending_upsell ===
Marcus rings the little brass bell on his desk. The quarter closes one upgrade better.
Six weeks later, three of Rosa's students get their first text reminders. Dorothy rings Rosa, confused, to ask who is texting her.
Rosa asks for her money back. Her window closed a month ago. Her review says the people were very nice on the phone. #mood: angry #ending: Sold, not served
-> END

=== ending_refund ===
The refund lands in three days. Rosa goes back to her paper book and a card reader.
A month later a postcard arrives at the office, a photo of a blue glazed bowl on the front. #mood: relieved
Thank you for not keeping my money. Honest people are rare. If you ever make one for people who like the telephone, ring me. Rosa. #speaker: Rosa Delgado #ending: Money back, and back to paper
-> END
