# title: Three Chats at Once
# summary: You have three live chats open and a target to keep them moving. One is a polite bill query, one is a furious café owner, and one is a few lines with typos about a dead landline that matter more than they look.
# role: Live chat adviser at a broadband provider
# setting: chat-desk
# customer: Bethan Rees
# pronouns: she/her
# look: Bethan Rees: long hair, fair skin
# look: Jo Whitlock: curly hair, tan skin
# look: Tomas Ferreira: older, grey hair, glasses, moustache
# look: Glenys Rees: older, short grey hair, glasses
# minutes: 8

// trust: how far Bethan believes a person, not a template, is dealing with her mum's line.
// minutes: how long before you raise the safety case; the engineers' priority cut-off reads it.
// jo: how the café owner comes out of it. tomas: whether the polite one was answered.
// asked_early: you asked Bethan what the line was for before answering anyone, the delayed payoff.
// in_time: the priority fault went in before the half-past-two dispatch.
VAR trust = 0
VAR minutes = 0
VAR jo = 0
VAR tomas = 0
VAR asked_early = false
VAR priority = false
VAR in_time = false
VAR rang = false
VAR big_promise = false
VAR looked_in = false
VAR tested = false
VAR epilogue = 0

-> queue

// ---------------------------------------------------------------
// Decision 1: three chats land at once.
// ---------------------------------------------------------------
=== queue ===
Thursday, ten past two. You work the live chat for Linc Broadband from a desk on the second floor. The team's target is three chats at a time, and the dashboard shows your response time in amber. #scene: chat-desk #onstage: nobody
A banner across the top: OUTAGE CF14 — CABLE DAMAGE — ESTIMATED FIX 18:00.
Chat 1, waiting six minutes. Good afternoon. I should be grateful if you could explain why my direct debit has risen from £32.00 to £36.50. Kind regards, T. Ferreira #speaker: Tomas Ferreira #chat: Tomas Ferreira
Chat 2, waiting two minutes. INTERNET DOWN AGAIN. CARD MACHINE DEAD IN THE MIDDLE OF LUNCH. THIRD TIME THIS MONTH #speaker: Jo Whitlock #chat: Jo Whitlock
Chat 3, waiting one minute. #sfx: message-ping
mums line dead since 6am is it u or her end #speaker: Bethan Rees #mood: worried #chat: Bethan Rees
The macro library sits on the right: Outage update. Price rise April. Compensation.
* [Send the outage macro to chats 2 and 3, price macro to 1 #listening -2 #barrier: over-reliance-on-tech #feedback: Three customers answered in thirty seconds, each with true information, and that is worth something. The template answers the question the system expected, and "mums line" is not the question it expected.]
    ~ minutes += 6
    ~ trust -= 1
    ~ tomas += 1
    ~ jo -= 1
    Thank you for contacting Linc. We're aware of an issue affecting services in your area. Our engineers are working to restore service as quickly as possible. Estimated fix: 18:00. #speaker: You
    Five minutes pass before chat 3 moves again.
    ok but its her care alarm. the pendant runs off the line #speaker: Bethan Rees #mood: frustrated
    -> jo_knot
* [Open chat 3 and ask what the line is used for #awareness +2 #empathy +1 #stewardship -1 #feedback: "Mums line" from someone typing fast is a daughter worried about a parent, and what the line does for her mum decides what happens next. Tomas and Jo wait a little longer while you ask.]
    ~ minutes += 2
    ~ asked_early = true
    ~ trust += 1
    Hi, I'm sorry your mum's line is down. It's a fault our end, in her area. Does she use the line for anything important, like a care alarm? #speaker: You
    yes her pendant alarm. shes 81 on her own. it was flashing red at 7 she said #speaker: Bethan Rees
    -> jo_knot
* [Answer in order: Tomas has waited longest #stewardship +1 #feedback: First come, first served is fair, and Tomas has been patient. It also puts the shortest message, the one with the most at stake, at the back of the queue.]
    ~ minutes += 7
    ~ tomas += 1
    ~ trust -= 1
    You answer Tomas's bill query in full. By the time you open chat 3, it has moved on. #chat: Tomas Ferreira
    hello?? its her care alarm. the pendant runs off the line #speaker: Bethan Rees #mood: frustrated #chat: Bethan Rees
    -> jo_knot

// ---------------------------------------------------------------
// Decision 2: tone in writing, with the café owner in capitals.
// ---------------------------------------------------------------
=== jo_knot ===
Chat 2 flashes. HELLO??? IS ANYONE ACTUALLY THERE #speaker: Jo Whitlock #chat: Jo Whitlock
* [Reply "I understand your frustration", then the fix time #healing +1 #empathy -1 #feedback: An apology is right, and Jo has heard this exact sentence from three companies this month. In writing, a stock phrase reads as a stock person.]
    ~ minutes += 1
    I understand your frustration. Our engineers expect to restore service by 18:00. #speaker: You
    YOU UNDERSTAND NOTHING. I'VE LOST £200 TODAY #speaker: Jo Whitlock
* [Send Jo the outage macro with the fix time #stewardship +1 #feedback: It is quick and it is true, and chat 3 gets your attention sooner. Jo has had this message twice this month, and a third copy tells her nobody is reading hers.]
    ~ jo -= 1
    Thank you for contacting Linc. We're aware of an issue affecting services in your area... #speaker: You
    A MACRO. BRILLIANT. #speaker: Jo Whitlock
* [Write Jo two plain lines of her own #empathy +2 #healing +1 #stewardship -1 #feedback: Short, plain and her own: in writing that is what being heard looks like. It takes ninety seconds of typing while Bethan waits.]
    ~ minutes += 2
    ~ jo += 2
    Jo, I'm sorry: a cable's been cut near you and it should be back by six. Three outages in a month means compensation; I'll send the form. #speaker: You
    ok. thank you. sorry for shouting #speaker: Jo Whitlock
- -> alarm

// ---------------------------------------------------------------
// Decision 3: the alarm, and an account that is not Bethan's.
// How early you asked decides whether a priority fault makes the half-past-two dispatch.
// ---------------------------------------------------------------
=== alarm ===
Back in chat 3. #scene: chat-desk #chat: Bethan Rees
im not on the account its hers. can u just get it fixed first #speaker: Bethan Rees
The account is in her mother's name: Glenys Rees, 81. Bethan is not authorised on it. The priority-dispatch cut-off for this afternoon's engineers is half past two.
* [Say you can only discuss the account with the holder #empathy -2 #foresight -1 #barrier: follow-procedures #feedback: Protecting Glenys's data is right, and nothing in it stops you acting on a safety risk. Her mum cannot ring in: the line is what is broken.]
    ~ trust -= 2
    I'm sorry, I can only discuss the account with the account holder. #speaker: You
    she cant call u. THE LINE IS DEAD #speaker: Bethan Rees #mood: angry
* [Tell her the fix time, and suggest she checks on her mum #empathy +1 #awareness -1 #feedback: Good human advice. You have seen a care alarm on a dead line, though, and left the one thing only you can do, the priority fault, undone.]
    It should be back by six. Is there someone who could check on her? #speaker: You
    im at work till 4 #speaker: Bethan Rees
* [Flag a safety case to the vulnerability team #foresight +2 #stewardship +1 #feedback: A care alarm on a dead line is a safety case: you can act to protect someone without discussing the account, and it goes to the people whose job it is.]
    ~ priority = true
    ~ trust += 1
    {minutes <= 5:
        ~ in_time = true
    }
    I don't need to go into the account to do this. I'm flagging it as a safety case so an engineer can go to her line first. #speaker: You
    The vulnerability team replies in a minute. {in_time: "Priority engineer booked for the cabinet, today, 15:00 to 16:00."|"Missed today's priority dispatch. Booked first thing tomorrow; area fix still 18:00."} #sfx: message-ping
    ok. thank you #speaker: Bethan Rees
- -> channel

// ---------------------------------------------------------------
// Decision 4: keep typing, or pick up the phone.
// ---------------------------------------------------------------
=== channel ===
im on my break. 10 mins left #speaker: Bethan Rees
* [Send her the vulnerable-customer help page #foresight +1 #empathy -2 #barrier: over-reliance-on-tech #feedback: The page is accurate and says what to do. It is twelve hundred words, and she has ten minutes and a phone in one hand.]
    ~ trust -= 1
    Here's a page that explains how we support vulnerable customers: linc.co.uk/help/vulnerable #speaker: You
    i dont have time to read a page #speaker: Bethan Rees #mood: frustrated
* [Ring her: quicker than typing on her break #listening +2 #stewardship -2 #feedback: A voice settles her and you hear more than she types. Ringing takes you off all three chats for six minutes, with Jo and Tomas in them.]
    ~ rang = true
    ~ trust += 2
    ~ tomas -= 1
    You press "Call customer". She picks up on the first ring, and she is out of breath. #call: Bethan Rees
    Sorry. I'm in the stockroom. Is someone actually doing something? #speaker: Bethan Rees
* [Keep typing: short lines, one step each #stewardship +1 #healing +1 #feedback: Chat is what she chose, and short lines fit her ten minutes and the other two chats. Each line gives her one thing she can hold on to.]
    ~ trust += 1
    Here's what's happening. One line at a time. #speaker: You
    ok #speaker: Bethan Rees
- -> tomas_knot

// ---------------------------------------------------------------
// Decision 5: the polite one, waiting.
// ---------------------------------------------------------------
=== tomas_knot ===
{tomas > 0:
    Chat 1 again. Thank you. And may I ask whether it will rise again next April? #speaker: Tomas Ferreira #chat: Tomas Ferreira
- else:
    Chat 1, waiting {rang: fifteen|eleven} minutes. Hello? Is anyone there? T. Ferreira #speaker: Tomas Ferreira #chat: Tomas Ferreira
}
* [Write to him personally, matching his courtesy #empathy +1 #healing +1 #stewardship -2 #feedback: He wrote with care and deserves it back. Four minutes of careful prose while a safety case is open is four minutes Bethan's chat waits.]
    ~ tomas += 2
    Dear Mr Ferreira, thank you for your patience... #speaker: You
    That is very kind. Thank you. #speaker: Tomas Ferreira
* [Apologise for the wait and ask him to hold #healing +1 #stewardship -1 #feedback: Saying sorry is right. Asking him to hold again, without an answer, only makes the wait longer.]
    Sorry for the wait, Mr Ferreira. I'll be with you shortly. #speaker: You
    I have been waiting some time already. #speaker: Tomas Ferreira
* [Send him the price-rise macro #stewardship +2 #empathy -1 #feedback: Where the answer is standard, a template is the right tool: it is exact, and it is quick. Adding his name is the least a formal man's note deserves. It still reads like a letter from a company.]
    ~ tomas += 1
    Dear Mr Ferreira: prices rise each April by inflation plus 3.9%, as set out in your contract. This April's rise was £4.50 a month. #speaker: You
    Thank you. That is clear. #speaker: Tomas Ferreira
- -> plan

// ---------------------------------------------------------------
// Decision 6: what Bethan can do before four.
// ---------------------------------------------------------------
=== plan ===
{rang:
    On the phone, Bethan asks the thing she came to ask. #call: Bethan Rees
- else:
    In chat 3, Bethan asks the thing she came to ask. #chat: Bethan Rees
}
so what do i do. i cant get there till 4 #speaker: Bethan Rees
* [Promise it'll be back before she finishes at four #empathy +1 #foresight -2 #feedback: It is the answer she wants. It is not yours to give: nobody has promised you a time, and "back" does not mean her mum's alarm works.]
    ~ big_promise = true
    ~ trust += 1
    It'll be back before you finish, I promise. #speaker: You
    ok. ok good #speaker: Bethan Rees #mood: relieved
* [Ask who could look in on her mum before four #listening +1 #foresight +2 #feedback: Engineers fix lines; people check on people. Asking who is nearby turns the hours until four into a plan, and it is her plan, not yours.]
    ~ looked_in = true
    ~ trust += 1
    Is there anyone near her who could look in before four? #speaker: You
    mr hughes next door has a key. ill text him #speaker: Bethan Rees
* [Tell her to ring the alarm company to test the pendant #foresight +1 #stewardship +1 #feedback: The alarm company can see the pendant has gone quiet, and should know. It is another call for her, on a ten-minute break, and nobody has yet looked in on her mum.]
    Ring the alarm company too: they'll see the pendant's offline. #speaker: You
    another call. fine #speaker: Bethan Rees
- -> restored

// ---------------------------------------------------------------
// Decision 7: the line comes back. Does the alarm?
// ---------------------------------------------------------------
=== restored ===
{in_time: Twenty to four. The vulnerability team's note: "Priority fault closed. Line restored."|Ten past six. The banner goes green: OUTAGE CF14 — RESTORED.} #scene: chat-desk
{big_promise && not in_time: It is after four. You promised Bethan it would be back before then.}
The system will send its automatic "service restored" text to the number on the account: Glenys's landline.
* [Message Bethan that the fault shows as fixed #healing +1 #feedback: She hears from a person, and on time. "Fixed" in the system means a line, not a pendant that works.]
    The fault's showing as fixed on our side. #speaker: You
    {looked_in: ok. mr hughes is with her|ok thanks} #speaker: Bethan Rees #chat: Bethan Rees
* {in_time} [Test Glenys's line with a call #foresight +3 #stewardship -1 #feedback: The only test that counts is a ring on that line, and Glenys is the account holder: you can speak to her. It takes you off chat for four minutes, and Jo has just come back in.]
    -> ring_test
// Without the early question the line comes back after six: the same check now costs the evening queue more.
* {not in_time} [Ring Glenys's line before you log off #foresight +2 #stewardship -2 #feedback: The only test that counts is a ring on that line. After six the evening team is short, and your five minutes come out of their queue.]
    -> ring_test
* [Leave it to the automatic restore text #stewardship +1 #foresight -1 #feedback: The system does tell the customer. It tells the account's number, which is the landline that was dead, and Bethan never hears.]
    ~ trust -= 1
    Chat 3 closed an hour ago. The restore text goes to a landline. #leave: Bethan Rees
- -> restored_after

=== ring_test ===
~ tested = true
~ trust += 1
It rings twice. #call: Glenys Rees
Hello? This is Glenys. #speaker: Glenys Rees
You tell her who you are and why. She says the little box by the phone has gone green. She says it twice.
You message Bethan. #chat: Bethan Rees
Your mum's line is working, and she says the alarm box is green. #speaker: You
{looked_in: thank u. mr hughes is there too|thank u} #speaker: Bethan Rees
-> restored_after

=== restored_after ===
{big_promise && not in_time:
    ~ trust -= 2
}
{
    - trust >= 4: Chat 3 goes quiet. The last thing on it is her "thank u". #mood: calm
    - trust >= 1: Bethan's last message is a thumbs-up. #mood: worried
    - else: The survey comes back from chat 3: 1 out of 10. "Spoke to a robot." #mood: frustrated
  }
-> huddle

// ---------------------------------------------------------------
// Decision 8: the epilogue. The macro library, after the shift.
// ---------------------------------------------------------------
=== huddle ===
At the end-of-shift huddle your team leader asks why your concurrency dipped at two o'clock. #onstage: nobody
* [Leave it: the evening queue is building #stewardship +1 #foresight -1 #feedback: The evening queue is real. The outage macro, though, will meet the next care alarm exactly as it met this one.]
    ~ epilogue = 0
* [Propose a care-alarm question for the outage macro #foresight +2 #feedback: The next person whose mum has a pendant will be asked, by the template itself, the question you asked by hand.]
    ~ epilogue = 2
* [Explain, and log the chat as a near miss #awareness +1 #feedback: A near miss on record is how a team learns where its tools fail. It is less than changing the tool.]
    ~ epilogue = 1
- -> ending

=== ending ===
{ epilogue:
    - 2: A week later the outage macro gains a line: "Does anyone in the home rely on this line for a care alarm? Tell us and we'll prioritise the repair."
    - 1: The near miss goes into Friday's report. Nobody acts on it for a month.
    - else: The outage macro stays as it was.
}
{jo >= 2: Jo's compensation form comes back filled in the next day, with "thanks for being human" in the comments box.}
{
    - trust >= 4 && in_time && tested && looked_in && not big_promise: -> ending_best
    - trust >= 1: -> ending_flat
    - else: -> ending_lost
}

=== ending_best ===
Glenys's line was back at twenty to four. Mr Hughes was there when the box went green.
Glenys never knows there was a chat about her. Bethan does not reply to the survey. #ending: A line, a pendant, and a neighbour with a key
-> END

=== ending_flat ===
Glenys's line came back {in_time: before four|at ten past six}. The pendant reconnected on its own, and nothing happened in between.
Nothing happened because nothing happened, not because anyone made sure. #ending: Fixed, and lucky
-> END

=== ending_lost ===
Bethan left work at three, unpaid, and sat with her mum until the line came back at ten past six.
She switches to another provider the next month and says why on the leaving form. #ending: Answered, and not heard
-> END
