# title: Results on a Friday
# summary: Late on a Friday a frightened patient needs the blood result that decides his Monday operation, the doctor has gone home, and you cannot read results out at the desk.
# role: Clinic receptionist and practice coordinator
# setting: clinic-reception
# customer: Arthur Pennington
# pronouns: he/him
# look: Arthur Pennington: older, short grey hair
# minutes: 7

// What carries from one decision to the next:
// trust: how far Arthur believes the practice is on his side; it shapes how his weekend ends.
// delay: minutes lost before the pre-op unit's half-past-five deadline.
VAR trust = 0
VAR delay = 0
VAR fix = false
// chloe_heard: Chloe was asked what he needed, so she knows whom she sent away.
VAR chloe_heard = false

-> chloe

// ---------------------------------------------------------------
// Decision 1: the apprentice and the caller. A rule, a question, or a rescue.
// ---------------------------------------------------------------
=== chloe ===
Twenty to five on a Friday. The waiting room is empty, but all three phone lines are lit and the afternoon's post is still in its tray. #scene: clinic-reception #onstage: nobody
Chloe, seventeen and four months into her apprenticeship, puts her phone down and swivels round to you.
That's the fourth time a Mr Pennington has rung about a blood test. I told him results come from the doctor, so he'll have to ring back on Monday. That's right, isn't it? #speaker: Chloe
* [Ask her what exactly he said he needed #listening +1 #growth +2 #empathy -1 #feedback: Turning her question back into his need teaches her to hear the person behind the fourth call. It stings a little: she thought she had it right.]
    ~ chloe_heard = true
    What did he actually say he needed? #speaker: You
    Chloe frowns.
    Something about an operation on Monday? He talked really fast. I just told him the rule. #speaker: Chloe
    -> arrive
* [Tell her that is right: results only ever come from a clinician #growth -1 #listening -1 #barrier: follow-procedures #feedback: The rule is real and she needs to know it. But a rule with no question about the caller teaches her to end calls, not to serve the people on them.]
    That's right. Results only come from a clinician. #speaker: You
    Chloe nods, relieved, and picks up the next line.
    -> arrive
* [Say you'll take Mr Pennington yourself, and take over her line #awareness +1 #empathy +1 #growth -1 #feedback: You spotted that four calls means trouble, and you took the weight off her. She will learn nothing about handling the next one herself.]
    Put him through to me if he rings again. I'll take your line for a bit. #speaker: You
    Thanks. He sounded upset. #speaker: Chloe
    -> arrive

// ---------------------------------------------------------------
// Decision 2: he arrives. The person at the desk or the phone in your hand.
// ---------------------------------------------------------------
=== arrive ===
The front door opens. #sfx: door-chime
A tall man in his seventies comes in on a walking stick, a flat cap in his other hand and a hospital letter folded into quarters under his thumb. He is breathing hard from the car park. #mood: frustrated
Arthur Pennington. I've rung four times. The young lady said Monday. Monday is no good to me. #speaker: Arthur Pennington #enter: Arthur Pennington
Your phone starts to ring. #sfx: phone-ring
* [Ask him to take a seat while you answer the call #stewardship +1 #empathy -1 #feedback: The caller is a patient too, and a fair queue matters. But he has already waited four calls and a drive, and one more wait in a chair tells him he is still in the queue.]
    Please take a seat, Mr Pennington. I'll be with you in one minute. #speaker: You
    The call is a repeat prescription. It takes four minutes. He stands the whole time. #mood: frustrated
    ~ delay = delay + 4
    -> need
* [Apologise: Friday afternoons are always the busiest on the phones #empathy +1 #listening -1 #feedback: Saying sorry is right, but explaining your busy afternoon asks him to sympathise with you. He came in with a problem, and so far nobody has asked what it is.]
    I'm so sorry. Friday afternoons are always chaos on the phones. #speaker: You
    I'm sure they are. #speaker: Arthur Pennington
    -> need
* [Take the caller's number for a call-back, then turn to him #awareness +1 #feedback: Thirty seconds, and neither of them is dropped: you have seen both people who need you. He stands for those thirty seconds with the letter in his hand, and the first question is still to come.]
    Can I take your number and ring you back in ten minutes? Thank you. #speaker: You
    You put the phone down and turn to him. What did the hospital say? #speaker: You
    ~ delay = delay + 1
    -> need
* [Let the phone ring to Chloe; ask what the hospital said #listening +2 #empathy +1 #growth -1 #feedback: Putting the phone down says he matters more than the queue, and asking what the hospital said goes straight to the need. Chloe gets the call she was glad to be rid of.]
    Chloe, can you take that? Mr Pennington, I'm listening. What did the hospital tell you? #speaker: You
    He lets out a breath and unfolds the letter. #mood: worried
    ~ trust = trust + 1
    -> need

// ---------------------------------------------------------------
// Decision 3: the rule against the person.
// ---------------------------------------------------------------
=== need ===
It's my knee. They're replacing it on Monday, eight o'clock at St Aidan's. I've waited fourteen months. #speaker: Arthur Pennington
The nurse from the hospital rang me this morning. She said they need Wednesday's blood test from you before Monday, or they might not go ahead. Can't you just tell me what it says? Is it all right? #speaker: Arthur Pennington
On your screen his result arrived at twelve minutes past three. Potassium, flagged red: outside range, for clinician review.
Dr Harriet Lowe, his own doctor, left at half past three. The card taped to your monitor says that results are given to patients by a clinician.
* [Say results come from a doctor, and book Dr Lowe's Monday call-back #empathy -2 #barrier: follow-procedures #feedback: You kept the rule and got him a slot, but Monday at eight is the very hour he needs the answer for. Following procedure here protects the practice and leaves him stranded.]
    I'm afraid results can only come from a doctor. I can book you Dr Lowe's first call-back on Monday morning. #speaker: You
    -> monday
* [Say you can't read results out, but a doctor will look today #persuasion +1 #foresight +1 #feedback: You keep the safe limit and still say yes to the need. Saying what you will do, not only what you cannot, is what turns a rule into a way through.]
    I can't read results out or tell you what they mean. That has to be a doctor. But I can get a doctor to look at it today, before we close. #speaker: You
    Today? You can do that? #speaker: Arthur Pennington #mood: calm
    ~ trust = trust + 1
    -> who
* [Read him the number on the screen: it is his own result #empathy +1 #stewardship -2 #feedback: It is his result, and you meant to help. But a number without a clinician to explain it gives him the worry and none of the answer.]
    It says five point nine. And it's flagged. #speaker: You
    Flagged? What does that mean? Is that bad? Is it my heart? #speaker: Arthur Pennington #mood: worried
    You don't know what it means. That is exactly why it is not yours to read out.
    -> who

// ---------------------------------------------------------------
// The hard road: the rule held.
// ---------------------------------------------------------------
=== monday ===
Monday? The operation is Monday, at eight! I've waited fourteen months. I can't walk to the end of my road. #speaker: Arthur Pennington #mood: angry
* [Hold to it, kindly: a number with no doctor behind it can frighten #persuasion -1 #empathy -1 #barrier: follow-procedures #feedback: The reason is true, but he hears a reason to do nothing. Explaining a rule does not meet the need that it is blocking.]
    I understand. The rule is there to protect you. A result without a doctor to explain it can do more harm than good. #speaker: You
    -> hold
* [Say he is right: Monday is too late. Find a clinician #awareness +1 #empathy +1 #feedback: Changing course when you see what the rule would do to him is strength, not weakness. The safe limit still holds: a clinician will give the result, just not on Monday.]
    You're right. Monday is too late. Give me a few minutes and I'll get a doctor to look at it today. #speaker: You
    He sits down heavily.
    Thank you. #speaker: Arthur Pennington #mood: worried
    -> who

=== hold ===
He grips the edge of the counter.
Then who can tell me? Is there nobody in this whole building? #speaker: Arthur Pennington
Behind you Femi, the practice nurse, walks past with her coat on and her car keys in her hand.
* [Stop Femi and ask her who could look at his result today #persuasion +1 #awareness +1 #feedback: Asking a colleague is how a rigid system finds its give. Nobody has to break the rule; someone who can keep it just has to hear about him.]
    Femi, have you got one second? Who could look at a flagged result today? #speaker: You
    Not mine to sign off. Dr Sanjay Rao's the duty doctor till half six. Knock on his door. #speaker: Femi
    -> who
* [Say nobody can give results tonight, and give him the out-of-hours number #empathy -2 #barrier: no-problem-solving #barrier: not-my-job #feedback: Everything you said was correct, and it is exactly the runaround he came in to escape. The out-of-hours service is no help with a result nobody has read.]
    I'm sorry. Nobody can give results tonight. If you feel unwell over the weekend, ring the out-of-hours service. #speaker: You
    -> gone

=== gone ===
Fourteen months, he says, to nobody in particular, and walks out. #sfx: door-chime
Chloe has been watching from her chair. She turns back to her screen without a word.
* [Leave Dr Lowe an urgent note to ring him at eight #foresight +1 #feedback: The note is good practice and it may save a few minutes on Monday. By then he will already be standing at the hospital.]
    You type the note and mark it urgent.
    -> ending_rule
* [Tell Chloe that is how it has to be sometimes #growth -1 #empathy -1 #feedback: Chloe learns that the rule ends the conversation. That is the lesson she will pass on to the next frightened caller.]
    That's how it has to be sometimes. #speaker: You
    -> ending_rule

// ---------------------------------------------------------------
// Decision 4: finding a way. Who can look at it today?
// ---------------------------------------------------------------
=== who ===
Dr Lowe left early for her son's school concert. Dr Sanjay Rao is the duty doctor until half past six. The light over his door is green, which means a patient is in, and four more are booked.
* [Put an urgent task on Dr Rao's list; tell him a doctor will ring #foresight -1 #barrier: rigid-systems #feedback: It follows the system without interrupting anyone. But a task sits behind four patients on a Friday, and Mr Pennington goes home to wait by a phone.]
    You type the task, mark it urgent, and tell Mr Pennington a doctor will call. He does not go home. He sits down by the window to wait.
    Twenty-five minutes later Dr Rao comes out, reading glasses on his head, with the task open on his tablet.
    ~ delay = delay + 4
    -> rao
* [Ring Dr Lowe on her mobile, since she knows him best #empathy +1 #stewardship -2 #feedback: You are reaching for the doctor he trusts, but you are calling a colleague at her son's concert about work the duty doctor covers. The on-call system exists so people can go home.]
    Dr Lowe answers on the fifth ring, with children singing somewhere behind her. #call: Dr Lowe
    It's Sanjay's afternoon, he's duty. Knock on his door and tell him I said so. #speaker: Dr Lowe
    -> rao
* [Message Dr Rao on the practice chat: flagged result, patient at the desk #awareness +1 #feedback: The message reaches him without opening his door, and it says the right things. He reads it after the patient he is with; a short case at the door, between patients, would have had him reading the record now.]
    You type it and send it. The light over his door stays green for twelve minutes.
    Then Dr Rao leans out, reading glasses on his head, the message open on his tablet.
    ~ delay = delay + 3
    -> rao
* [Knock between patients and give Dr Rao the case #persuasion +2 #awareness +1 #stewardship -1 #feedback: A short, clear case lets a busy doctor decide in seconds, and his next patient waits a few minutes longer for it. You turned a result, a date and a frightened man into a picture he can act on.]
    As his patient leaves, you lean round the door. #onstage: Dr Rao
    Mr Pennington, seventy-one, knee replacement at St Aidan's Monday at eight. His potassium is flagged, the hospital needs the result before Monday, and he's at the desk now. #speaker: You
    Dr Rao is already opening the record. Give me two minutes. #speaker: Dr Rao
    -> rao

=== rao ===
Five point nine. The lab says the sample was haemolysed. It sat in the van too long, so it's almost certainly not real. But the hospital will want to see it and repeat it before they put him under. #speaker: Dr Rao
I'll see him myself after this next patient. Ten minutes. Then I'll sign off a note for the pre-op team. #speaker: Dr Rao

// ---------------------------------------------------------------
// Decision 5: waiting. What is yours to say?
// ---------------------------------------------------------------
Back at the desk, Mr Pennington is watching your face for clues. #onstage: Arthur Pennington
Well? #speaker: Arthur Pennington
* [Tell him Dr Rao did not seem worried, to settle him #empathy -1 #stewardship -2 #feedback: He visibly relaxes, and you meant well. But soothing is not understanding: you hurried past his fear with a doctor's half-heard opinion, and if the news were different, you would have made it harder to hear.]
    Dr Rao didn't seem too worried, if that helps. #speaker: You
    Oh, thank God. #speaker: Arthur Pennington #mood: calm
    ~ trust = trust - 1
    -> consult
* [Tell him only what's yours: a doctor, in ten minutes #stewardship +2 #empathy +1 #feedback: A clear next step with a time on it settles people without stepping beyond your role. The doctor gives the result; you give him certainty about what happens next.]
    Dr Rao has looked at it, and he'll see you himself in about ten minutes. Can I get you a glass of water while you wait? #speaker: You
    A doctor. Today. Yes, water would be grand. #speaker: Arthur Pennington #mood: calm
    ~ trust = trust + 1
    -> consult

// ---------------------------------------------------------------
// Decision 6: the weekend ahead.
// ---------------------------------------------------------------
=== consult ===
At a quarter past five Mr Pennington comes out of Dr Rao's room, putting his cap back on.
He says it's most likely the sample, not me, and they'll check it again at the hospital on Monday. That's good. That's good. #speaker: Arthur Pennington
But it's a long weekend on my own. My daughter's in Leeds. If I feel funny, who do I ring? And I don't even know what to take in with me. #speaker: Arthur Pennington #mood: worried
* [Give him two numbers and go through the leaflet #foresight +2 #growth +1 #stewardship -1 #feedback: Ten minutes at the desk while three lines ring unanswered, and the pre-op deadline comes closer. He goes home knowing whom to call and what to do, so the weekend is his to manage.]
    You write two numbers on a practice card in big clear figures, then print the St Aidan's leaflet and go through it with him: what to bring, when to stop eating, what the first week at home looks like.
    Slippers with backs on. Well, I never knew that. #speaker: Arthur Pennington #mood: relieved
    ~ trust = trust + 1
    ~ delay = delay + 2
    -> email
* [Print him the leaflet and the two numbers to take home #foresight +1 #feedback: Everything he needs is on the paper, and the phones are answered. Going through it with him is what would have made it stick: questions asked at the desk are not asked alone at home on Sunday.]
    You print the St Aidan's leaflet, write two numbers on a practice card and slide them across.
    He folds them into his wallet, beside the hospital letter, without reading them. #mood: calm
    -> email
* [Give him your own mobile number in case he gets stuck #empathy +1 #stewardship -2 #feedback: It comes from a kind place, but you cannot give clinical advice, your phone is off at the weekend, and you have promised something nobody can keep up. Point him to the services that are open.]
    Here's my mobile. Ring me if you're stuck. #speaker: You
    He folds the paper into his wallet, beside the hospital letter.
    That's very good of you. #speaker: Arthur Pennington #mood: relieved
    -> email

// ---------------------------------------------------------------
// Decision 7: the email, the phones and the apprentice.
// ---------------------------------------------------------------
=== email ===
The door closes behind him. It is nineteen minutes past five. #sfx: door-chime #leave: Arthur Pennington
Dr Rao hands you his signed note. The pre-op unit closes at half five. It goes by secure email, to the address on his referral letter. #speaker: Dr Rao
All three lines are lit again. Chloe is on a call about a missing prescription, one hand over her eyes, saying sorry for the third time.
* [Talk Chloe through sending the secure email herself #growth +2 #stewardship +1 #foresight -1 #feedback: She learns a task she will need every Friday, with you beside her to catch a mistake. It takes her minutes you may not have: on a tight clock that is a gamble with his operation.]
    Tell her you'll ring her back in ten minutes. Then you send this one, and I'll watch. Secure email, the address from his referral letter, subject line his name and date of birth. #speaker: You
    Chloe types slowly and checks the address twice.
    {delay >= 5: It is half past five before she finds the referral letter. -> late}
    She sends it at twenty-six minutes past five.
    -> sent
* [Send it yourself now, and let the phones run to the queue message #foresight +2 #stewardship +1 #growth -1 #feedback: The deadline is met and the sensitive email goes from the safest pair of hands. Chloe is left alone with the hardest caller, and learns nothing about secure email today.]
    You send it at twenty-one minutes past five. The phones ring on behind you.
    -> sent
* [Take over Chloe's upset caller first, then send the email #empathy +1 #foresight -2 #feedback: Rescuing a colleague is generous, but the one job with a hard deadline slipped behind a call that could have waited five minutes.]
    The prescription call takes eleven minutes. You press send at twenty-three minutes to six.
    -> late

=== sent ===
A reply arrives almost at once. #sfx: message-ping
Received, thank you. Mr Pennington's note is on his file for Monday morning. St Aidan's Pre-op.

// ---------------------------------------------------------------
// Decision 8: after the doors close.
// ---------------------------------------------------------------
By six the phones are quiet. Dr Rao stops at the desk with his coat on.
Good catch, that one. It would have sat on Dr Lowe's list all weekend. #speaker: Dr Rao
* [Log off and go home: you have done your part #foresight -1 #feedback: Going home on time matters, and tonight went well. But the gap that nearly cost him his operation is still there for the next patient.]
    -> weekend
* [Suggest a Friday rule to Dr Rao #foresight +2 #persuasion +1 #feedback: Fixing the system, not only this case, is how one good afternoon becomes the practice's habit. Good rules serve the patients, not the rota.]
    Could flagged results that come in after three on a Friday go straight to the duty doctor? Today it was luck that he came in. #speaker: You
    Put it on the agenda for Tuesday's meeting. I'll back you. #speaker: Dr Rao
    ~ fix = true
    -> weekend

// Arthur's part follows how he was served; the talk with Dr Rao adds only what the practice keeps.
=== weekend ===
{trust >= 4 && chloe_heard: -> ending_best}
-> ending_good

// ---------------------------------------------------------------
// The late email.
// ---------------------------------------------------------------
=== late ===
An automatic reply arrives. #sfx: error-buzz
The pre-op assessment unit is now closed. Emails are read from half past seven on Monday.
His operation is first on the list, at eight.
* [Ring the hospital and ask for the surgical ward #foresight +2 #persuasion +1 #feedback: When the first door closes, look for the one that is still open. Two minutes on the phone puts the result where the team will see it in time.]
    The ward sister takes the details and writes them on the front of his notes herself.
    -> ending_late_saved
* [Leave it: the email is read at half past seven, in time #awareness -1 #foresight -2 #barrier: over-reliance-on-tech #feedback: Half an hour before the first operation of the day is not time, it is a gamble. Foresight means asking what could still go wrong.]
    -> ending_late

// ---------------------------------------------------------------
// Endings
// ---------------------------------------------------------------
=== ending_best ===
Three weeks later the door chimes and Mr Pennington walks in more easily than you have ever seen him, with a tin of shortbread under his arm. #sfx: door-chime
They had everything on the Monday. In at eight, home on Wednesday. And I took my slippers with backs on. #speaker: Arthur Pennington #mood: delighted
He puts the tin on the counter and asks for the young lady who answered the phone, so he can say sorry for ringing her four times.
{fix: At Tuesday's meeting the partners agree: flagged results that arrive after three on a Friday go straight to the duty doctor. Chloe takes the minutes.|The week after, two more flagged Friday results sit on Dr Lowe's list.}
The tin is empty by Tuesday. #ending: Ready for Monday #outcome: better-off
-> END

=== ending_good ===
On Monday Mr Pennington's knee is replaced at eight, as planned. #mood: calm
{fix: At Tuesday's meeting the partners agree a Friday rule for flagged results.|At the practice, the week begins with two more flagged Friday results sitting on Dr Lowe's list.}
He never rings the practice again about that Friday, one way or the other. #ending: In on time, nothing more #outcome: no-better
-> END

=== ending_late_saved ===
On Monday the hospital repeats his blood test at seven. It is normal. He goes in at eleven instead of eight, after a long, hungry morning. #mood: relieved
He rings the practice on Thursday to say thank you, and to say that Monday's wait was the worst part. #ending: Saved by the back door #outcome: better-off
-> END

=== ending_late ===
At half past seven on Monday the pre-op nurse reads the email, but by then the list has been fixed without him. #mood: frustrated
Mr Pennington's knee replacement is moved to the following month. He rings the practice at nine and asks, very politely, what the point of it all was. #ending: An email nobody read #outcome: worse-off
-> END

=== ending_rule ===
On Monday at five past eight Dr Lowe rings Mr Pennington back. He answers from a hospital corridor, dressed again and waiting for a taxi home. #mood: angry
With no blood result to go on, the surgeon has postponed the operation. Fourteen months, and now a new date in the spring. #ending: By the book, by Monday #outcome: worse-off
-> END
