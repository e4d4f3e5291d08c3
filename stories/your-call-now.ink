# title: Your Call Now
# summary: You lead a team of insurance claims agents. One of them waived a £180 fee he had no authority to waive, another says it is unfair, and your own manager wants it explained on Friday.
# role: Contact centre team leader
# setting: team-floor
# customer: Josh Kowalski
# pronouns: he/him
# look: Josh Kowalski: young, short hair, beard
# look: Bernie: older, grey bun, glasses
# minutes: 7

// trust: how far Josh believes you are on his side and straight with him.
// bernie: how your longest-serving agent feels about fairness on the team.
// heard_josh: you heard his reason in his own words, not from a case note.
// asked_march: you listened to Bernie's own case, which gives you a pattern to show your manager.
VAR trust = 0
VAR bernie = 0
VAR heard_josh = false
VAR asked_march = false
VAR rule_drafted = false
VAR backed = false
// rule_agreed: Hannah said yes to a same-day approval route, which you can hand to Josh.
VAR rule_agreed = false
VAR epilogue = 0

-> report

// ---------------------------------------------------------------
// Decision 1: the exception report.
// ---------------------------------------------------------------
=== report ===
Tuesday, half past nine. The weekly exceptions report is in your inbox, and one line is highlighted in yellow. #scene: team-floor #onstage: nobody
WAIVED: missed-appointment fee, £180. Agent: J. Kowalski. Authorised by: none.
Under it, a line from Hannah, your manager: "Can you explain this one on Friday? Finance are asking."
Josh sits three desks away: twenty-seven, eighteen months on the team, the agent customers ask for by name. He has seen the report too, and he keeps not looking at you. #mood: worried #enter: Josh Kowalski
Eleven calls are waiting in the queue.
* [Message Josh to add the reason to the case notes #stewardship +1 #listening -1 #feedback: The record needs a reason, and asking for it in writing is quick and calm. You will read his reason without hearing it, and he will wonder all morning what you think.]
    Josh, can you add the reason for the Farah waiver to the notes? Thanks. #speaker: You
    The note appears ten minutes later, four careful lines. He does not look up.
    -> meet
* [Ask Josh for ten minutes in the quiet room #listening +2 #community -1 #feedback: Hearing his side before you decide anything is what a leader owes. Taking him off the phones with eleven calls waiting costs the team, and they notice.]
    ~ heard_josh = true
    ~ trust += 1
    Josh, have you got ten minutes? Quiet room. You're not in trouble; I just want to hear it. #speaker: You
    He lets out a breath and takes off his headset.
    -> meet
* [Reply to Hannah that you'll look into it #stewardship +1 #listening -1 #feedback: Keeping your manager informed is right. Answering her before you have spoken to Josh means the first conversation about his work happens without him.]
    ~ trust -= 1
    Will look into it and come back to you Friday. #speaker: You
    Josh sees you typing and goes red to the ears.
    -> meet

// ---------------------------------------------------------------
// Decision 2: Josh's reason.
// ---------------------------------------------------------------
=== meet ===
{heard_josh: In the quiet room Josh talks fast.|At eleven you call Josh over anyway. He talks fast.}
Mrs Farah. Her engineer visit was booked for Thursday, and she wasn't in because her husband was rushed into hospital that morning. She rang the day after, crying. The system added the fee automatically. #speaker: Josh Kowalski
I know I'm meant to ask a team leader. You were in the quarterly review. She'd been with us fourteen years. #speaker: Josh Kowalski
* [Say you'd have agreed, and he must still ask #stewardship +1 #persuasion +1 #empathy -1 #feedback: Both halves are true, and saying both tells him where he stands. It takes the shine off a kind call, and he will feel that.]
    ~ trust += 1
    I'd have said yes. And I need you to ask, even when I'm in a meeting. Message me. #speaker: You
    OK. Fair. I will. #speaker: Josh Kowalski #mood: calm
    -> bernie_knot
// stories:check: the best play earns no Empathy net. That is the design: the best play takes the shine off
// Josh's kind call (#empathy -1 at decision 2) and earns it back by hearing Bernie's March, so Empathy
// reads as kept, not earned.
* [Tell him he did the right thing, full stop #empathy +2 #growth -1 #feedback: He needed to hear it. It also tells him, and everyone he tells, that authority is optional when the cause is good, and you have to stand behind that on Friday.]
    ~ trust += 2
    ~ backed = true
    You did the right thing. Don't worry about it. #speaker: You
    Really? Thanks. I've been sick about it all morning. #speaker: Josh Kowalski #mood: relieved
    -> bernie_knot
* [Ask him what he would do differently next time round #growth +2 #empathy -1 #feedback: A coaching question lets him find the lesson himself, which is how it sticks. Asked before you have said what you think of the call itself, it can sound like a verdict.]
    ~ trust += 1
    What would you do differently next time? #speaker: You
    He thinks.
    Message you, even in the review. And write it up straight away, not the day after. #speaker: Josh Kowalski
    -> bernie_knot

// ---------------------------------------------------------------
// Decision 3: the colleague who says it is unfair.
// ---------------------------------------------------------------
=== bernie_knot ===
At lunch Bernie stops by your desk. Twenty-two years on the phones, the one who trains every new starter. #scene: team-floor
So Josh waives a hundred and eighty quid and that's fine, is it? In March I asked to waive sixty for a man whose flat had flooded, and I was told no. By you. #speaker: Bernie
* [Ask her to tell you about March again #listening +2 #empathy +1 #persuasion -1 #feedback: Hearing her case properly treats her complaint as evidence, not envy. It also means admitting, out loud, that you may have got March wrong, and your word carries less with her for a while.]
    ~ asked_march = true
    ~ bernie += 2
    Tell me about March again. I want to get this right. #speaker: You
    She does: the flood, the landlord, the engineer who could not get in. You remember saying no because the rule said so. You were wrong.
    -> rule
* [Tell her Josh's case was different, without the details #stewardship +1 #community -1 #feedback: Keeping Mrs Farah's details private is right. "It was different" on its own, though, sounds to Bernie like the rules bend for favourites.]
    ~ bernie -= 1
    It was a different situation. I can't go into it. #speaker: You
    They always are. #speaker: Bernie
    -> rule
// stories:check reads 'though' as a named cost. The cost is carried by the story: asked_march stays
// false, so on Friday Hannah calls the proposal an anecdote, rule_agreed is never set and the best
// ending (and the same-day route for Josh) is out of reach.
* [Tell her you'll look into March as well #community +1 #feedback: A fair promise, and it calms her for now. Without hearing March again, though, you are promising to look at something you have already decided about.]
    I'll look into March as well, Bernie. Promise. #speaker: You
    Hm. We'll see. #speaker: Bernie
    -> rule
* [Explain Mrs Farah's situation so she understands #empathy +1 #stewardship -2 #feedback: It might persuade Bernie, but it hands a customer's hospital news round the team to win an argument. That is not yours to share.]
    ~ bernie += 1
    Bernie softens.
    Oh, the poor woman. Fine. #speaker: Bernie
    At the next desk someone has heard every word.
    -> rule

// ---------------------------------------------------------------
// Decision 4: the rule itself.
// ---------------------------------------------------------------
=== rule ===
The rule says fees can be waived only by a team leader, case by case. Two good agents have now met it on the worst day of a customer's life, one broke it, and one obeyed it.
* [Draft a one-page waiver rule for Friday #conceptualization +2 #persuasion +1 #community -1 #feedback: Turning two stories into a rule is how a team leader fixes the system. It takes your Thursday afternoon, and the team gets less of you while you do it.]
    ~ rule_drafted = true
    You write one page: agents may waive up to £200 for a bereavement, hospital stay or emergency, with a note and a team leader told the same day.
    -> friday
* [Ask the team for the cases they've met like this #community +2 #listening +1 #feedback: Asking the people who take the calls is the right instinct, and it brings the team in. Without a proposal of your own, Friday will hear anecdotes, not a rule.]
    ~ bernie += 1
    By Thursday you have five stories on a sticky note. All of them are good. None of them is a proposal.
    -> friday
* [Leave the rule as it is and remind the team to ask #stewardship +1 #conceptualization -1 #feedback: Clear and consistent, and you can defend it. It leaves the next Mrs Farah depending on whether a team leader happens to be free.]
    You send a team email: "Reminder: all fee waivers need team leader approval."
    -> friday

// ---------------------------------------------------------------
// Decision 5: Friday with your manager. She says no to part of it.
// ---------------------------------------------------------------
=== friday ===
Friday, ten o'clock. Hannah has the report open. #scene: team-floor #onstage: Hannah
So. A hundred and eighty pounds, no authorisation. Finance want to know if we've got a control problem. #speaker: Hannah
{rule_drafted: She reads your page twice.}
* {backed} [Say you told Josh it was fine, and you stand by it #persuasion +1 #community +1 #stewardship -1 #feedback: Loyal, and Josh would thank you for it. But you are defending an unauthorised waiver as policy, and Hannah now has a control problem with your name on it.]
    I told Josh it was fine. I stand by it. #speaker: You
    Hannah sighs.
    Then it's a control problem, isn't it. #speaker: Hannah
    {rule_drafted: -> proposal}
    -> tell_josh
// Owning the miss costs standing with Hannah (#community -1); blaming Josh costs it on the floor, more.
* {not backed} [Say the outcome was right; the miss is yours #stewardship +2 #persuasion +1 #community -1 #feedback: Owning the gap as the leader protects Josh without pretending the rule did not exist. It costs you some standing with Hannah, who hoped you'd say it was handled.]
    ~ trust += 1
    It was the right outcome for that customer. The miss was asking, and that's on me to fix with the team. #speaker: You
    {rule_drafted: -> proposal}
    Fine. Make sure it doesn't happen again. #speaker: Hannah
    -> tell_josh
* [Say Josh broke the rule and you've spoken to him #community -2 #feedback: It is accurate and it closes the question quickly, and what it protects is you. It puts a good agent's name on a control problem, and word gets back to the floor.]
    ~ trust -= 2
    Josh broke the rule. I've spoken to him. #speaker: You
    Good. Put it on his file. #speaker: Hannah
    -> tell_josh
* [Say it was a one-off, and move on to the targets #stewardship +1 #persuasion -2 #feedback: Keeping the meeting short is tempting on a Friday. Calling it a one-off when Bernie's March case says otherwise is not quite true, and Hannah can tell.]
    It was a one-off. Shall we look at the call targets? #speaker: You
    Hannah looks at you over her glasses.
    One-off. All right. #speaker: Hannah
    -> tell_josh

= proposal
Hannah taps your page.
I can't give agents two hundred pounds of discretion. Finance would have my head. #speaker: Hannah
{ asked_march:
    She turns back to the second case, Bernie's flood.
    But two of these in three months... All right. Not agents on their own. A team leader can approve by message, same day, no meeting needed. That I can do. #speaker: Hannah
    ~ rule_agreed = true
- else:
    One case is an anecdote. Make sure it doesn't happen again. #speaker: Hannah
}
-> tell_josh

// ---------------------------------------------------------------
// Decision 6: telling Josh. His last reaction depends on how straight you have been.
// ---------------------------------------------------------------
=== tell_josh ===
Back on the floor, Josh catches your eye for the first time all week. #onstage: Josh Kowalski
* [Tell him what you said to Hannah, word for word #stewardship +1 #feedback: What was said about him in that room was yours to hold in trust, and you hand it back whole. If what you said was hard, it will be hard to hear, and that is the point.]
    ~ trust += 1
    I told her the outcome was right and the miss was asking. {rule_drafted && asked_march: And there's a new way to get a yes quickly.} #speaker: You
// Open only if rule_agreed, paid for earlier (hearing March, #persuasion -1; Thursday on the draft,
// #community -1): the return on those costs. It gives up what the other two earn: the word-for-word
// account of the room (stewardship) and the team's lesson in the huddle (community).
* {rule_agreed} [Hand him the new same-day route to try first #growth +2 #persuasion +2 #feedback: The rule you fought for on Friday goes straight back to the person it is for. Asking him to try it first makes him part of the fix, not the cause of it.]
    ~ trust += 1
    There's a new route. Message me or any team leader, same day, and we can approve it in minutes. Will you be the first to use it? #speaker: You
* [Tell him it's sorted and not to worry #empathy +1 #persuasion -1 #feedback: It is kind, and it ends his week of worrying. If it is not quite what happened in the room, he will find out.]
    {not backed && trust < 2:
        ~ trust -= 1
    }
    All sorted. Don't worry about it. #speaker: You
* [Ask him to lead Monday's huddle on what happened #growth +2 #community +1 #empathy -1 #feedback: Letting him teach what he learned turns a mistake into the team's lesson. Asked in the first breath, before he knows what Hannah said, it is a lot to put on someone who was scared all week.]
    Would you lead Monday's huddle on it? #speaker: You
// Backing the waiver as policy is loyal, and Josh knows what it cost: his relief is shadowed by Hannah's
// control problem with your name on it, so he is never delighted on that route.
- {
    - trust >= 3 && rule_agreed && not backed: A message and a same-day yes? Mrs Farah would've had it in five minutes. #speaker: Josh Kowalski #mood: delighted
    - trust >= 3 && backed: {rule_agreed: A same-day route. Good.} Thanks for having my back. Did you get in trouble with Hannah, over me? #speaker: Josh Kowalski #mood: worried
    - trust >= 3: Josh nods.
        OK. Thanks for having my back. #speaker: Josh Kowalski #mood: calm
    - else: Josh nods and puts his headset back on. From then on he asks before every small thing, and offers nothing. #mood: worried
  }
-> huddle

// ---------------------------------------------------------------
// Decision 7: the epilogue. What the team takes from it.
// ---------------------------------------------------------------
=== huddle ===
Monday's team huddle is five minutes before the phones open.
// stories:check: the best play earns no Community net. That is the design: the best play pays it three
// times (Josh off the phones, Thursday on the draft, owning the miss to Hannah: each -1) and wins two back
// here, so Community reads as what the best play keeps.
* [Thank Bernie, in front of everyone, for March #community +2 #feedback: Her complaint made the rule better. Saying so in public tells the team that challenging you is welcome.]
    ~ epilogue = 1
    ~ bernie += 1
* [Walk the team through how to ask for a waiver now #growth +2 #feedback: The clearest way to stop the next unauthorised waiver is to make asking easy. The team leaves knowing exactly what to do.]
    ~ epilogue = 2
* [Skip it this week: the queue is already at nine calls #stewardship +1 #community -1 #feedback: The queue is real. The lesson stays with the three people who were in it.]
    ~ epilogue = 3
- {epilogue:
    - 1: Bernie goes pink and says it's about time. Two new starters ask her about March at break.
    - 2: By Wednesday three waivers have come through by message, each approved inside ten minutes.
    - else: The phones open. Nobody mentions it again.
  }
// The team only gets better if it hears about it: skipping the huddle leaves the new route with three people.
{
    - trust >= 3 && rule_agreed && bernie >= 2 && epilogue != 3: -> ending_best
    - trust >= 3: -> ending_mid
    - else: -> ending_worst
}

=== ending_best ===
In June Josh applies for the senior agent role. His application mentions "a team leader who asked me what happened before deciding what I'd done". #scene: team-floor
The next exceptions report has no yellow lines. It has four approved waivers, each with a reason. #ending: The rule got better, and so did the team
-> END

=== ending_mid ===
Josh stays, and keeps asking customers' names the way he always has. #scene: team-floor
{rule_agreed: The waiver rule is quicker now, though only the three of you know it yet.|The rule stays as it was, and the next emergency waits for a team leader to come out of a meeting.} #ending: Josh is fine; the team is where it was
-> END

=== ending_worst ===
Josh starts looking at other jobs in May. He tells the agent who replaces him to keep his head down and never waive anything. #scene: team-floor
Bernie says nothing, which with Bernie is worse. #ending: A control fixed, a good agent lost
-> END
