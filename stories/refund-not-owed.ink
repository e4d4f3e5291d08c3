# title: The Refund She Isn't Owed
# summary: A cheerful customer wants her money back for a dress she plainly wore to a wedding, with the Saturday queue watching, and the honest answer is no.
# role: Fashion store sales adviser
# setting: fashion-counter
# customer: Tasha Bennett
# pronouns: she/her
# look: Tasha Bennett: bangs, brown skin
# minutes: 7

// trust: how far Tasha believes you are being straight and fair with her.
// queue: extra minutes the four people behind her wait because of your choices.
// seam_seen: you looked at the fault she pointed to, which is what makes a free repair possible later.
// false_hope: you let her think the money might still come.
VAR trust = 0
VAR queue = 0
VAR seam_seen = false
VAR false_hope = false
VAR need_known = false
// epilogue: what you left for the team at the last decision.
VAR epilogue = 0

-> counter

// ---------------------------------------------------------------
// Decision 1: the first thing you do with the dress.
// ---------------------------------------------------------------
=== counter ===
Saturday, twenty to twelve. Four people queue for the returns till at Hollis & Vane, and the till is yours. #scene: fashion-counter #onstage: nobody
A note from Marcus sits on the screen from yesterday: "Customer tried to return worn green wrap dress, no tag. Said no. She was nice about it."
The next customer steps up, laughing at something the woman behind her said. Thirties, hair done, a Hollis bag in one hand. #enter: Tasha Bennett
Hiya! This one's coming back, I'm afraid. The green wrap dress, a hundred and forty pounds. The seam went the first time I put it on. #speaker: Tasha Bennett
Her smile is bright. Her thumb keeps working at the handle of the bag. #mood: worried
She lays the dress on the counter. The swing tag is gone, and a fleck of gold confetti drops out of the fold.
// Besides its tag, this choice costs later: seam_seen stays false, so the free fault repair is closed at
// decision 5 and only the slower alterations check (queue + 3) is left.
* [Ask if she spoke to Marcus about it yesterday #awareness +1 #stewardship +1 #healing -1 #feedback: Being open about what you know keeps you honest and consistent with Marcus. It also tells her, in front of the queue, that she was talked about, and it answers the question of yesterday, not the seam she came to show you.]
    I think my colleague saw this one yesterday? #speaker: You
    She flushes.
    He didn't even look at it properly. It's the seam, under the arm. #speaker: Tasha Bennett #mood: frustrated
    You hold the dress up to the light. Foundation on the neckline, a crease where a belt sat all day, someone else's perfume in the fabric.
    -> wear
* [Tell her gently that worn items can't come back #awareness +1 #empathy -2 #listening -1 #barrier: defensive #feedback: The confetti told you something true, but you answered before you looked. The seam she is pointing at is real, and now she has to argue even to be shown it.]
    ~ trust -= 1
    I'm sorry, I can see it's been worn, so I can't take it back. #speaker: You
    You haven't even looked at it. #speaker: Tasha Bennett #mood: frustrated
    You hold the dress up. Foundation on the neckline, a crease where a belt sat all day, someone else's perfume in the fabric.
    -> wear
* [Ask her to show you where the seam went #listening +2 #community -1 #feedback: Looking at what she is pointing at comes first: she feels taken seriously, and you find out what you are deciding about. The queue waits another minute for it, and that is worth it.]
    ~ seam_seen = true
    ~ trust += 1
    Show me where it went? #speaker: You
    Here, under the arm. Look at that. Cheap thread. #speaker: Tasha Bennett
    She is right about that much. Two centimetres of seam under the left arm have pulled open, and the thread is thin. She is wrong about the rest: foundation on the neckline, a crease where a belt sat all day, someone else's perfume in the fabric.
    -> wear

// ---------------------------------------------------------------
// Decision 2: naming what you can see.
// ---------------------------------------------------------------
=== wear ===
Behind her, the queue has gone quiet in the way queues do when they are listening.
// stories:check reads 'But' as a named cost. The cost is carried by the story: false_hope is set, and
// when you give the no yourself at decision 4 it costs trust - 1 ("You said you'd send it off").
* [Offer to send it off for a fault assessment #stewardship +1 #feedback: It sounds fair and it avoids a scene. But you already know what the assessment will say, so the no still comes, ten days later, in a letter.]
    ~ false_hope = true
    We can send it to our quality team to assess the fault. It takes about ten days. #speaker: You
    Ten days? I need the money now, not in ten days. #speaker: Tasha Bennett #mood: frustrated
    She hesitates, then drops her voice.
    Fine. I wore it to my sister's wedding. Once. But the seam still went. #speaker: Tasha Bennett
    -> pressure
* [Tell her quietly what you can see #persuasion +2 #healing +1 #empathy -1 #feedback: Saying the hard thing quietly and plainly respects her and the queue. It still stings, and she will feel it: that is the cost of honesty, and it is worth paying.]
    ~ trust += 1
    Between us: I can see it's been worn. There's make-up on the neckline, and a bit of confetti. #speaker: You
    She colours. For a moment she looks at the dress and not at you. #mood: frustrated
    It was my sister's wedding. Once. It's not like I wore it to work. #speaker: Tasha Bennett
    -> pressure
* [Hold up the neckline so she can see the make-up #awareness +1 #healing -2 #persuasion -1 #feedback: The evidence is fair, but showing it to her in front of four strangers turns a refusal into an exposure. She will defend herself now, not think.]
    ~ trust -= 2
    There's foundation here, see? And this fell out of it. #speaker: You
    You hold up the confetti. Someone in the queue laughs and turns it into a cough. #mood: angry
    Wow. OK. It was my sister's wedding. Once. Is that a crime now? #speaker: Tasha Bennett
    -> pressure

// ---------------------------------------------------------------
// Decision 3: the queue starts to push.
// ---------------------------------------------------------------
=== pressure ===
The woman behind her leans in, not unkindly.
Just give her the money, love. It's one dress. #speaker: Woman in queue
Jade is folding jeans by the fitting rooms, ten metres away. The fitting rooms are busy, and somebody has to watch them.
* [Ask the queue to bear with you #empathy +1 #awareness +1 #community -1 #feedback: Keeping your attention on her tells her this matters. The queue pays for it in minutes, so say so to them once and mean it.]
    ~ queue += 4
    ~ trust += 1
    Sorry, everyone, I'll be with you as soon as I can. #speaker: You
    Tasha's shoulders drop a little.
    It's not just the dress. The car failed its MOT on Thursday. Three hundred and ten quid. I'm short. #speaker: Tasha Bennett
    ~ need_known = true
    -> decide
* [Wave Jade over to take the queue on the second till #community +2 #stewardship -1 #feedback: The queue is served and you can give Tasha your time. The fitting rooms are left with nobody watching them on a Saturday, which is a real cost you chose.]
    ~ trust += 1
    Jade takes one look and comes over.
    I'll do the queue. Go on. #speaker: Jade
    With the audience gone, Tasha's voice changes.
    It's not just the dress. The car failed its MOT on Thursday. Three hundred and ten quid. I'm short. #speaker: Tasha Bennett
    ~ need_known = true
    -> decide
* [Keep it moving: point to the returns policy on the receipt #awareness +1 #empathy -2 #barrier: follow-procedures #feedback: The queue is a fair worry, but pointing at small print ends the conversation before you have found out what she needs. The policy can back up your no; it cannot say it for you.]
    ~ trust -= 1
    It's all on the back of the receipt, our returns policy. #speaker: You
    I know what the policy says. Your colleague read it to me yesterday. #speaker: Tasha Bennett #mood: angry
    -> decide

// ---------------------------------------------------------------
// Decision 4: the answer.
// ---------------------------------------------------------------
=== decide ===
{need_known: She has asked for a refund she is not owed, and told you why she needs it.|She is waiting for an answer, and so is the queue.}
The screen shows Marcus's note. Ruth, the duty manager, is on the shop floor.
* [Offer a credit note instead, so she isn't left with nothing #empathy +1 #stewardship -2 #feedback: Meeting halfway sounds fair, but it is a hundred and forty pounds of the shop's money on a worn dress, it is not yours to give, and it says Marcus was wrong yesterday.]
    -> credit
* [Say you'll ask the duty manager #stewardship +1 #persuasion -1 #healing -1 #feedback: Asking is right when you truly do not know. You did know, so she waits, then hears the same no from a stranger, and you have handed away the conversation you were best placed to have.]
    ~ queue += 3
    ~ trust -= 1
    Ruth comes over, looks at the neckline, and does not lower her voice.
    We can't take worn items back. My colleague explained that yesterday. #speaker: Ruth
    Tasha looks at you, not at Ruth. #mood: angry
    -> offer
* [Say no, and straight away what you can do #persuasion +2 #stewardship +1 #empathy -1 #feedback: A clear no with the next step attached is kinder than a slow one. It is not what she wanted, and she will feel that. Holding it protects the customers and colleagues who get the same answer.]
    { false_hope:
        ~ trust -= 1
    }
    ~ trust += 1
    I can't refund it, because it's been worn. What I can do is look after that seam. #speaker: You
    {false_hope: You said you'd send it off.|Go on, then.} #speaker: Tasha Bennett
    -> offer

=== credit ===
I tell you what, I'll do you a credit note. #speaker: You
Oh, thank you! #speaker: Tasha Bennett #mood: relieved
The till beeps and stops. RETURN WITHOUT TAG: MANAGER AUTHORISATION REQUIRED. #sfx: error-buzz
Ruth looks at the screen, the dress and the note from yesterday, and shakes her head.
No. Not on a worn item. Sorry. #speaker: Ruth
~ trust -= 2
~ queue += 3
So you did say yes. And now it's no. #speaker: Tasha Bennett #mood: angry
-> offer

// ---------------------------------------------------------------
// Decision 5: what you can honestly offer.
// The free repair is only on the table if you looked at the seam at the start.
// ---------------------------------------------------------------
=== offer ===
The seam is a real fault in the thread, even if the rest is wear. Alterations, upstairs, mend faults free inside thirty days. Paid alterations are eight pounds.
// Open only if seam_seen: you looked at the seam at decision 1.
* {seam_seen} [Book the seam in as a free fault repair #healing +2 #stewardship +2 #community -1 #feedback: Because you looked at the seam first, you can separate what is her fault from what is the shop's, and put right the part that is yours to put right. Bev upstairs gets a free job on her busiest day, unasked: tell her why.]
    ~ trust += 2
    That seam is our fault, so that's free. Alterations will have it back to you Tuesday. #speaker: You
    Tasha looks at the ticket for a long moment.
    So I'm not mad. It did go. #speaker: Tasha Bennett #mood: calm
    -> close
* {not seam_seen} [Ask alterations to check whether the seam is a fault #listening +1 #awareness +1 #community -1 #feedback: Better late than never: you let the people who know thread decide what you did not look at. The queue and the alterations team pay for the look you skipped at the start.]
    ~ queue += 3
    ~ trust += 1
    You ring upstairs. Three minutes later Bev from alterations turns the seam over in her fingers.
    Thread's gone. That's ours. Free, Tuesday. #speaker: Bev
    Tasha says nothing, but she stops gripping the bag.
    -> close
* [Offer alterations at the usual eight pounds, and say it's quick #stewardship +1 #feedback: It is honest and within the rules. What it misses is that the thread failed, and mending a fault is the shop's job, not hers to pay for.]
    Alterations can mend that for eight pounds. #speaker: You
    Eight quid to fix your stitching. Right. #speaker: Tasha Bennett
    -> close
* {need_known} [Mention that the dress would sell well secondhand #listening +1 #awareness +1 #healing -1 #feedback: You heard the money worry and answered it. From a stranger at a till it can also sound like sorting out her finances for her, so offer it lightly if at all.]
    It's a lovely dress. Green wraps go quickly on the resale apps, if it helps. #speaker: You
    She almost laughs.
    {trust >= 2: Maybe. Yeah.|I'm not here for advice.} #speaker: Tasha Bennett
    -> close

// ---------------------------------------------------------------
// Decision 6: how you part. Her last words depend on how straight you have been.
// ---------------------------------------------------------------
=== close ===
{queue >= 6: The queue has grown to seven. Someone at the back has put their returns down on a rail and left.}
She folds the dress back into the bag.
* [Mention Marcus said the same yesterday, so it's consistent #stewardship +1 #healing -2 #feedback: Being consistent is fair, but now she knows she was written about and discussed. Consistency is for you to keep, not for her to be told.]
    ~ trust -= 1
    Just so you know, it's the same as Marcus said yesterday. We're consistent. #speaker: You
// stories:check: the best play earns no Empathy net. That is the design: it spends Empathy on the two
// honest stings (saying quietly what you see, the clear no: each -1) and earns it back by keeping your
// attention on her at decision 3 and here, so Empathy reads as kept, not earned.
* [Thank her for showing you the seam #healing +1 #empathy +1 #feedback: She came in to argue and you end by treating her as someone who told you something useful. That lets her walk out with her dignity.]
    ~ trust += 1
    Thanks for showing me the seam. You were right about that thread. #speaker: You
* [Smile and call the next customer #awareness +1 #healing -1 #feedback: The queue has waited, and that counts. Ending on the next customer, though, leaves her with the no and nothing after it.]
    ~ queue -= 2
    Thanks. Next, please! #speaker: You
- {
    - trust >= 5: You were straight with me. Marcus just said no. #speaker: Tasha Bennett #mood: relieved
    - trust >= 2: OK. Thanks, I suppose. #speaker: Tasha Bennett #mood: worried
    - else: Tasha takes the bag without a word and walks out past the queue. #mood: angry
  }
-> log

// ---------------------------------------------------------------
// Decision 7: the epilogue. What you leave behind for the team.
// ---------------------------------------------------------------
=== log ===
The next customer is already putting a bag on the counter. Marcus's note is still on the screen. #leave: Tasha Bennett
* [Email the buyer about the thin thread on the green wraps #stewardship +2 #feedback: A fault you saw once will be on every dress from that batch. Telling the buyer protects the next customer, who may not have worn theirs.]
    ~ epilogue = 2
    -> ending
* [Add what you offered to her note for the next adviser #community +2 #feedback: The next adviser, or Marcus tomorrow, will know what was said and why, and she will not have to tell the story a third time.]
    ~ epilogue = 1
    -> ending
* [Leave it: the queue comes first now #awareness +1 #community -1 #feedback: The queue is real, but without a note the next person she meets starts from nothing, and the thread fault goes unreported.]
    -> ending

=== ending ===
{ epilogue:
    - 1: Marcus reads your note the next morning and adds one line under it: "Good. Same again if she's back."
    - 2: The buyer writes back on Monday. Three more green wraps have come back with the same seam, all unworn. The batch is pulled.
    - else: Nobody writes anything down. A month later a second green wrap comes back with the same split seam, and the adviser on the till has no idea it has happened before.
}
{
    - trust >= 5: -> ending_fair
    - trust >= 2: -> ending_flat
    - else: -> ending_lost
}

=== ending_fair ===
On Tuesday Tasha collects the dress from alterations. She does not come down to say thank you, and nobody expects her to. #scene: fashion-counter
Three weeks later she buys a coat in the sale, at your till, and pays for it without a word about the dress. #ending: A no she could live with
-> END

=== ending_flat ===
Tasha does not come back for a while. When she does, she goes to Jade's till. #scene: fashion-counter
The shop kept a hundred and forty pounds it was right to keep, and lost a little of something harder to count. #ending: Right, and a little cold
-> END

=== ending_lost ===
That evening a review appears: "Staff treated me like a thief. Won't be back." It gets eleven likes. #scene: fashion-counter
Marcus reads it on his break and wonders which of you she meant. #ending: Right on paper, lost at the counter
-> END
