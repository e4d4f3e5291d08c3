# title: The Follow-Up Call
# summary: Three weeks after a potter bought your booking software you ring to check in, and behind her cheerful it's fine is a product that may not fit her studio.
# role: Sales representative for booking software
# setting: sales-office
# customer: Rosa Delgado
# pronouns: she/her
# look: Rosa Delgado: older, grey bun
# minutes: 8

// What carries from one decision to the next:
// trust: how far Rosa believes you are on her side rather than the quarter's; it shapes her replies and the ending.
// looked: you read her account before dialling, so you can name what it shows.
// pitch: you promised Marcus a line about Plus, and Rosa will hear it.
// marcus: what Marcus heard from you on Thursday ("no", "maybe" or nothing); Monday reads it.
// told: Rosa knows she has nine days to get her money back.
// can_enter: Rosa can add a booking on the app herself, while the student is on the line.
// session: a setup session with support is booked for Friday instead.
// promised: you said you would ring her on day twenty-eight; the ending keeps the promise.
// sold: she bought Plus. refunded: she took her money back.
VAR trust = 0
VAR looked = false
VAR pitch = false
VAR marcus = ""
VAR told = false
VAR can_enter = false
VAR session = false
VAR promised = false
VAR sold = false
VAR refunded = false
VAR honest_log = false

-> prep

// ---------------------------------------------------------------
// Decision 1: before you dial.
// ---------------------------------------------------------------
=== prep ===
Thursday, eleven in the morning, the last week of the quarter. The sales floor hums with people on headsets. #scene: sales-office #onstage: nobody
A reminder pops up on your screen. Day twenty-one follow-up: Rosa Delgado, Clay Yard Studio, annual plan, four hundred and eighty pounds. The script says: satisfaction score, ask for a referral, offer the Plus upgrade.
You sold it to her three weeks ago. She was warm and funny on the phone, and her niece did the setting up.
* [Dial now: she'll tell you how it's going #listening +1 #awareness -1 #feedback: Letting her tell it is a fair instinct. Calling blind means you will only hear what she chooses to say.]
    You dial.
    -> hello
* [Open her account first #awareness +2 #feedback: Two minutes with the facts lets you hear what she does not say. Her account was already telling a story.]
    ~ looked = true
    Three bookings made online in three weeks. Forty-one entered by hand, all by Rosa, all between twenty to eleven at night and midnight. She has never opened the phone app. Her thirty-day money-back window closes in nine days.
    You dial.
    -> hello
* [Email her the survey first, so she can answer when her hands are free #listening -2 #barrier: built-for-staff #feedback: A survey is for the company, not the customer. It collects a number and closes the door on the conversation where the real answer lives.]
    ~ trust = trust - 1
    Her reply comes back within ten minutes. Eight out of ten. All fine thanks, just getting used to it.
    Just getting used to it, after three weeks. You read it again and pick up the phone.
    -> hello

// ---------------------------------------------------------------
// Decision 2: fine, fine.
// ---------------------------------------------------------------
=== hello ===
It rings nine times.
Clay Yard, Rosa speaking. Sorry, sorry, I was at the wheel. Hands all over the phone now. #speaker: Rosa Delgado #call: Rosa Delgado #mood: calm
Oh, the booking people! {trust < 0: I did your little survey. }Yes, it's fine. It's all fine. Lucía, my niece, set it all up. She's very clever with these things. #speaker: Rosa Delgado
There is a pause, a little too long.
It's very modern. #speaker: Rosa Delgado
* [Get her score out of ten for the form #listening -1 #barrier: over-reliance-on-tech #feedback: A score is easy to log and tells your company something. It tells you almost nothing about her day, and fine, fine is not a number.]
    Eight? Seven, eight. It's fine. I'm just slow typing them all in, that's all. #speaker: Rosa Delgado
    -> unsaid
* [Tell her about Plus: text reminders for her students #persuasion -1 #listening -2 #feedback: Pitching before you know how she uses it turns a follow-up into a sales call. She hears that this call is about your quarter, not her studio.]
    ~ trust = trust - 1
    Oh. More things. Lovely. #speaker: Rosa Delgado #mood: worried
    I'm still typing in the ones from the phone, to be honest. At night, mostly. #speaker: Rosa Delgado
    -> unsaid
* [Ask how a booking reaches her now, start to finish #listening +2 #empathy +1 #feedback: A how question gets past fine to what actually happens. Her answer is her whole working day, and you let her tell it.]
    ~ trust = trust + 1
    Well. Someone rings me, or they tell me at the end of class. I write it in my book. Then at night I type it all into the computer so the class lists come out right. #speaker: Rosa Delgado
    Two diaries, really. Mine and the computer's. #speaker: Rosa Delgado
    -> unsaid

// ---------------------------------------------------------------
// Decision 3: listening for what is not said. The best questions step past her self-blame.
// ---------------------------------------------------------------
=== unsaid ===
It's me, really. I'm sixty-three and I'm not techy. I'll get the hang of it. #speaker: Rosa Delgado #mood: worried
* [Tell her it isn't her, and send her the training videos #empathy +1 #feedback: Lifting the blame off her is kind, and the videos are good. They teach her to use the product harder, when the trouble may be that it does not fit how her studio works.]
    Videos. Lovely. I'll watch them with Lucía. #speaker: Rosa Delgado
    Though it isn't really me that's the trouble. It's that my lot won't book online. Most are retired. They ring. They like ringing. #speaker: Rosa Delgado
    -> marcus_stops
* [Ask how her students like to book #listening +2 #awareness +2 #empathy -1 #feedback: You ask about the people around her, and that finds the real shape of it: the product may not fit, not her. You also walk past what she said about herself, and she notices.]
    ~ trust = trust + 1
    My students? Oh, they're mostly retired. Four of the thirty have used the link. Dorothy is eighty-one, she hasn't got email. They like ringing me. #speaker: Rosa Delgado
    And I like it too, if I'm honest. That's half the point of the place. #speaker: Rosa Delgado
    -> marcus_stops
* {looked} [Say why you looked, then ask about the midnight bookings #awareness +2 #listening +2 #empathy -1 #feedback: Naming what you can see is honest and gets straight to it. However gently you say it, being seen at midnight feels a little like being watched.]
    ~ trust = trust + 1
    You can see that? Goodness. #speaker: Rosa Delgado
    Well, yes. My students ring me, or tell me in class. They're mostly retired, they don't do links. So I type it all in at night. #speaker: Rosa Delgado
    -> marcus_stops

// ---------------------------------------------------------------
// Decision 4: the manager over your shoulder.
// ---------------------------------------------------------------
=== marcus_stops ===
Hold on, let me get my book, I'll tell you exactly. #speaker: Rosa Delgado
She puts the phone down. You hear a radio, a kiln door, footsteps.
Marcus, your sales manager, stops behind your chair and reads your screen.
The pottery studio? She's a Plus, text reminders all day long. And don't go offering refunds. We're at nine per cent churn and it's the last week of the quarter. #speaker: Marcus
A refund would also take back your commission on the sale.
* [Tell him quietly: Plus won't fix this one #persuasion +1 #feedback: A calm, honest sentence gives your manager a reason instead of a silence. He may not like it, and he deserves to hear it now rather than at renewal.]
    Plus won't fix this one. Her students don't book online at all. #speaker: You
    -> marcus_pushes
* [Nod: the quarter matters, and reminders might help #community +1 #listening -2 #feedback: Loyalty to your team is real, and so is the quarter. You agreed to a solution before you had finished hearing the problem.]
    ~ pitch = true
    You nod. Marcus pats the back of your chair and moves on.
    -> fit
* [Hold up a hand, and keep your ear on the call #empathy +1 #persuasion -1 #feedback: Your attention stays on her, which matters. Marcus walks away thinking you agreed, and the conversation you will need to have later just got harder.]
    You hold up a hand without looking round. He lingers a second, then goes.
    -> fit

// ---------------------------------------------------------------
// Decision 5: Marcus pushes back once. Holding the line costs you with him.
// ---------------------------------------------------------------
=== marcus_pushes ===
Marcus does not move.
Then at least mention it. Thirty seconds. We need that number this week. #speaker: Marcus
On the line, footsteps are coming back towards the phone.
* [Say you'll mention it if it fits her #persuasion +1 #feedback: A fair answer that keeps the peace, and keeps Plus hovering over the call. Whether it fits is now a question you have promised to ask.]
    ~ marcus = "maybe"
    Fine. Make it fit. #speaker: Marcus
    -> fit
* [Say no: it won't help her, and you'll show him why #stewardship +2 #persuasion +1 #community -1 #feedback: You hold her trust and her money, not only your number, and you say so plainly. Marcus walks off unconvinced in his hardest week, and you will have to mend that.]
    ~ marcus = "no"
    Not this one. It won't help her, and she'd be paying for it. I'll show you the account after. #speaker: You
    Your funeral. Show me after, then. #speaker: Marcus
    He goes, a little too briskly.
    -> fit
* [Agree to one line about Plus, to close it down #community +1 #stewardship -1 #feedback: One line sounds harmless, and it gets him off your shoulder. She will hear a pitch in the middle of telling you her problem.]
    ~ pitch = true
    -> fit

// ---------------------------------------------------------------
// Decision 6: honesty about the fit. Four roads.
// ---------------------------------------------------------------
=== fit ===
Rosa comes back to the phone, a little out of breath.
{pitch:
    You give her the line about Plus, as you said you would. Text reminders, sixty pounds more a year.
    Oh. More things. Lovely. #speaker: Rosa Delgado #mood: worried
    ~ trust = trust - 1
}
Here's the thing. I paid for the year. I don't want to waste Lucía's work, or the money. #speaker: Rosa Delgado
You know the product well. It is built for customers who book themselves online. Plus adds text reminders to bookings that already exist, so it does nothing for people who will not book online.
But the phone app has a quick-entry button. She could add a booking in ten seconds while the student is still on the line, and never type at midnight again.
* [Recommend Plus: the texts might nudge her students online #persuasion -1 #listening -2 #feedback: It is a real feature and Marcus would be pleased. It answers a question she did not ask, and her students do not want nudging; they want to ring her.]
    -> upsell
* [Offer her a full refund now, since it clearly doesn't fit #empathy +1 #listening -1 #feedback: Honest and generous, and it costs you your commission. But you decided for her: she has just told you she does not want to waste the work.]
    -> refund
* [Show her the quick-entry button first: if it works, refunds never come up #empathy +1 #stewardship -2 #feedback: The button may be exactly what she needs, and you heard that she wants to keep it. Leaving out the nine days she has to change her mind keeps her money on your side of the table.]
    There's something that might save your evenings. #speaker: You
    -> fix
* [Be straight: what it won't do, the button, and her nine days #persuasion +2 #stewardship +1 #feedback: Honesty about fit is what makes your recommendation worth anything. Telling her about the nine days lets her try the fix without being trapped by it.]
    ~ told = true
    ~ trust = trust + 1
    It's good at payments and class lists. It won't make your students book online, and I won't sell you anything that pretends to. There's one button that might end the midnight typing. And if it doesn't, you have nine days to get every penny back. #speaker: You
    Nine days. Nobody told me that. Thank you. #speaker: Rosa Delgado #mood: calm
    -> fix

// ---------------------------------------------------------------
// Decision 7: making the fix real.
// ---------------------------------------------------------------
=== fix ===
You describe the quick-entry button. The student rings, she taps it, types a name, picks the class, done.
On my phone? With clay hands? I've never opened the app. #speaker: Rosa Delgado #mood: worried
* [Book her a setup session with support for Friday morning #foresight +1 #feedback: A proper session with an expert is a sound plan. She will type at midnight once more before it, and she can cancel it as easily as book it.]
    ~ session = true
    Friday. I've no class till two on a Friday. Go on, then. #speaker: Rosa Delgado
    -> wrap
* [Ask if she has twenty minutes now, and bring Jun in #community +2 #awareness +1 #stewardship -1 #feedback: The kiln is firing and she has the afternoon, and Jun knows the app better than anyone. His own queue of callers waits twenty minutes for it.]
    ~ can_enter = true
    ~ trust = trust + 1
    The kiln's firing anyway. I've got all afternoon. #speaker: Rosa Delgado
    Jun from support wheels his chair over and joins the call. He has done this a hundred times.
    He has her open the app, add a pretend student called Mrs Test, and delete her again. Then Rosa adds a real one on her own.
    Well, look at that. Dorothy's booked in and I haven't even washed my hands. #speaker: Rosa Delgado #mood: relieved
    -> wrap
* [Talk her through it yourself, from the demos you've seen #empathy +1 #foresight -1 #feedback: Staying with her is warm. You guess twice and send her down the wrong menu, and she ends it unsure she could do it alone.]
    It takes twenty minutes and two wrong turns, but she adds a booking in the end.
    Well. I think I've got it. I'll practise. #speaker: Rosa Delgado #mood: calm
    -> wrap

// ---------------------------------------------------------------
// Decision 8: before you hang up. Her window closes in nine days.
// ---------------------------------------------------------------
=== wrap ===
Rosa's money-back window closes in nine days. {told: She knows it.|She does not know that.}
* [Say it's a lot to learn, and she can ring any time #empathy +2 #foresight -2 #barrier: no-assistance #feedback: Warm, and it tells her the struggle is normal. She is not the ringing kind, and she will blame herself long before she rings to blame the product.]
    It's a lot to take in. Ring me any time, honestly. #speaker: You
    I will. Thank you, dear. #speaker: Rosa Delgado
    -> hang_up
* [Email her the steps, and the date her window closes #foresight +1 #stewardship +1 #feedback: Writing it down gives her something to hold on to, with the date in black and white. The next move is hers, which suits some people more than others.]
    ~ told = true
    I'll print it. It'll go on the corkboard by the firing schedule. #speaker: Rosa Delgado
    -> hang_up
* [Say you'll ring on day twenty-eight, and why #foresight +2 #empathy +1 #feedback: She told you she would blame herself before the product, so you do not leave the next call to her. Ringing before the deadline means she decides with all the facts.]
    ~ promised = true
    ~ trust = trust + 1
    I'll ring you on day twenty-eight, before the window closes, so you can decide with the facts in front of you. #speaker: You
    -> hang_up

=== hang_up ===
{
- trust >= 4:
    Day twenty-eight. I'm writing it on the wall by the kiln. You're very kind. #speaker: Rosa Delgado #mood: relieved
- trust >= 2:
    Right you are. Back to the wheel. #speaker: Rosa Delgado #mood: calm
- else:
    Yes. Well. Thank you for calling. #speaker: Rosa Delgado #mood: worried
}
The line clicks. #leave: Rosa Delgado
-> log

// ---------------------------------------------------------------
// Decision 9: the log Marcus reads on Monday. Rosa's part is already decided; this adds the rest.
// ---------------------------------------------------------------
=== log ===
Back on your screen, the follow-up form wants a satisfaction score and a next step. Marcus reads them on Monday.
* [Log her honestly as at risk, and why #stewardship +2 #feedback: An honest flag tells Marcus the truth about his quarter while there is still time to plan around it.]
    ~ honest_log = true
    -> ending
* [Log her as happy: she said it was fine #community +1 #stewardship -1 #feedback: It is what she said, and it keeps the quarter looking the way Marcus needs. It is not what you heard.]
    -> ending

// ---------------------------------------------------------------
// Side road: the upsell.
// ---------------------------------------------------------------
=== upsell ===
If you think it'll help. You're the expert. #speaker: Rosa Delgado #mood: calm
She goes to find her card. Over the partition Marcus gives you a thumbs up.
* [Process the upgrade: she has said yes #community +1 #stewardship -2 #feedback: She said yes because she trusts you, not because it fits. The quarter looks better, and a sale she regrets is a customer you will lose.]
    ~ sold = true
    The upgrade goes through. Sixty pounds more a year.
    Marvellous. The texts will go out on their own, will they? #speaker: Rosa Delgado #mood: calm
    The line clicks. #leave: Rosa Delgado
    -> log
* [Stop, and tell her you're not sure it will help #stewardship +2 #community -1 #feedback: Taking back a pitch you have just made is hard, and it is honest: her money is hers to keep. Marcus saw the thumbs up, and he will see the sale vanish.]
    ~ told = true
    Rosa, before you read me that card: I'm not sure Plus will help, and I'd rather not sell you something that doesn't. Can I show you something else first? And you have nine days to get your money back if none of it works. #speaker: You
    Oh. Well. Thank you for saying so. #speaker: Rosa Delgado #mood: calm
    -> fix

// ---------------------------------------------------------------
// Side road: the refund.
// ---------------------------------------------------------------
=== refund ===
If it doesn't fit, I'd rather you had your money back. I can do a full refund today. #speaker: You
Money back? But I like the payments part. And the class lists. Lucía spent a whole Sunday on it. #speaker: Rosa Delgado #mood: worried
* [Process it: when a product doesn't fit, the money goes back #stewardship +1 #listening -1 #feedback: Principled, and it costs you. She has just told you what she values, and you answered your own question instead of hers.]
    ~ refunded = true
    Well. If you think so. Thank you for being honest. #speaker: Rosa Delgado #mood: calm
    The line clicks. #leave: Rosa Delgado
    -> ending_refund
* [Ask her what she would keep, and what she would lose #listening +2 #feedback: Going back to listening after a misstep is the whole skill. Her answer shows you what would actually fit.]
    ~ told = true
    What would you miss, and what would you be glad to see the back of? #speaker: You
    I'd miss the payments and the class lists. I'd be glad to see the back of typing at midnight. #speaker: Rosa Delgado #mood: calm
    Then there's one button I should show you. And the refund stands for nine days, whatever you decide. #speaker: You
    -> fix

// ---------------------------------------------------------------
// Endings: Rosa's part follows trust, what she was told and what she can do; the log adds Monday.
// ---------------------------------------------------------------
=== ending ===
{
- sold:
    -> ending_upsell
- trust >= 5 && told && can_enter && promised:
    -> ending_best
- trust >= 3 && (can_enter || session):
    -> ending_written
- else:
    -> ending_drift
}

=== monday ===
{
- sold && honest_log:
    On Monday Marcus reads your note: Plus sold, account at risk. He looks at the two lines side by side for a long time, and says nothing.
- honest_log && marcus == "no":
    On Monday Marcus reads your at-risk note, and rings you before you have your coat off.
    Fine. You were right about the potter. Next time tell me before I tell you. #speaker: Marcus
- honest_log:
    On Monday Marcus reads your at-risk note twice, because on Thursday he thought you were on his side of it. The conversation takes twenty minutes, and it is not comfortable.
- marcus == "no":
    On Monday Marcus reads satisfied, eight out of ten, forecasts the renewal, and wonders what Thursday's fuss was about.
- else:
    On Monday Marcus reads satisfied, eight out of ten, and forecasts the renewal.
}
->->

=== ending_best ===
-> monday ->
On day twenty-eight you ring, as promised. She answers on the second ring. #scene: sales-office
I haven't typed at midnight for a week! Dorothy rang while I was at the wheel and I booked her in with one thumb. I'm keeping it. #speaker: Rosa Delgado #call: Rosa Delgado #mood: delighted
Oh, and I've told the potters' guild about you. I said you were the honest ones. #speaker: Rosa Delgado #ending: Kept, because it fits #outcome: better-off
-> END

=== ending_written ===
-> monday ->
{promised: On day twenty-eight you ring, as promised. She is pleasant and busy, and has already made up her mind.}
{can_enter: She uses the quick-entry button most days.|The Friday session with support goes ahead. By the following week she is using the quick-entry button most days.}
{told: She keeps it, by her own choice, with the nine days in front of her.|She keeps it. She never learns that she could have had her money back, and as it turns out she does not need to.}
She renews the next year without a word. She never mentions you to anyone. #mood: calm #ending: Kept, quietly #outcome: better-off
-> END

=== ending_drift ===
-> monday ->
{promised: On day twenty-eight you ring, as promised. She says it's fine, fine, and that she's getting the hang of it.|She doesn't ring. She is not the ringing kind.}
The nine days pass. By November the paper book is back by the phone, and the midnight typing has stopped because she has stopped using the system at all.
In January the renewal reminder arrives. She cancels, and in the box marked Reason she writes: it was me, not you, I'm not techy. #mood: worried #ending: Fine, fine #outcome: no-better
-> END

=== ending_upsell ===
Marcus rings the little brass bell on his desk. The quarter closes one upgrade better.
-> monday ->
Six weeks later, three of Rosa's students get their first text reminders. Dorothy rings Rosa, confused, to ask who is texting her.
Rosa asks for her money back. Her window closed a month ago. Her review says the people were very nice on the phone. #mood: angry #ending: Sold, not served #outcome: worse-off
-> END

=== ending_refund ===
The refund lands in three days. Rosa goes back to her paper book and a card reader, and the midnight typing goes back to being a pen at the kitchen table.
A month later a postcard arrives at the office, a photo of a blue glazed bowl on the front.
It says: Thank you for not keeping my money. If you ever make one for people who like the telephone, ring me. Rosa. #mood: calm #ending: Money back, and back to paper #outcome: no-better
-> END
