# title: The Manager Says No
# summary: A mobile dog groomer's van needs a £1,900 gearbox three weeks out of warranty. You ask your service manager for goodwill, and he says no for a reason you cannot argue with.
# role: Service adviser at a van dealership
# setting: service-desk
# customer: Seun Bakare
# pronouns: she/her
# look: Seun Bakare: braids, dark skin
# look: Carl Brennan: older, short grey hair, beard
# minutes: 8

// trust: how far Seun believes you are straight with her and on her side inside the no.
// waited: minutes she loses at your desk; her two o'clock client reads it.
// hope: you let her think goodwill was likely before you had asked.
// history_read: you read the van's whole record first, which is what makes the gearbox query possible later.
// recon_known: Carl told you what you may offer on your own authority.
// big_promise: you promised an outcome that was not yours to give.
// promise_kept: you rang at four, as you said you would.
VAR trust = 0
VAR waited = 0
VAR hope = false
VAR history_read = false
VAR query_possible = false
VAR query_filed = false
VAR recon_known = false
VAR carl_blamed = false
VAR behind_carl = false
VAR big_promise = false
VAR promise_kept = false
VAR epilogue = 0

-> desk

// ---------------------------------------------------------------
// Decision 1: the quote lands.
// ---------------------------------------------------------------
=== desk ===
Wednesday, a quarter to one, the service desk at Marlow Van Centre. Through the glass, a white van sits on ramp three with its gearbox on a trolley underneath. #scene: service-desk #onstage: nobody
The job card says: GEARBOX FAILED. NEW UNIT £1,400 + LABOUR £500. WARRANTY EXPIRED 3 WEEKS AGO.
Behind her a man in hi-vis is waiting to collect his Transit. The van's owner has been in the waiting area since nine: early forties, a fleece with a paw-print logo, dog hair on the cuffs. #enter: Seun Bakare
Three weeks. Three weeks out of warranty and it's nineteen hundred pounds? You'll cover that, surely. #speaker: Seun Bakare #mood: frustrated
* [Say three weeks is harsh, and you'll ask for goodwill #empathy +1 #feedback: Being on her side feels right, and she softens. Saying goodwill is likely before you have asked plants a hope nobody has agreed to, and she will remember who planted it when the answer comes.]
    ~ hope = true
    ~ trust += 1
    Three weeks is harsh. Let me ask my manager about goodwill; there's usually something. #speaker: You
    Good. Because I'm not paying that. #speaker: Seun Bakare #mood: worried
    -> history
* [Ask what being off the road means for her #listening +2 #empathy +2 #stewardship -1 #feedback: Before any answer about money, find out what is at stake for her: it shapes everything you can offer. The man in hi-vis waiting to collect his van waits longer for it, and he is your customer too.]
    ~ trust += 1
    Before I go and ask anyone anything: what does the van being off the road mean for you? #speaker: You
    She stares at you, then sits down on the stool by the desk.
    It's the business. I'm a mobile groomer; the bath's in the back. Two dogs today, eleven this week. Every day it's up there I lose about two hundred quid. #speaker: Seun Bakare #mood: worried
    -> history
* [Explain the warranty ended at thirty-six months #foresight +1 #empathy -2 #barrier: follow-procedures #feedback: Not raising false hope is fair. But she knows the date: it is on her paperwork. Leading with the rule tells her the conversation is over before it starts.]
    ~ trust -= 1
    The warranty runs thirty-six months from registration, and that was the seventh of last month. #speaker: You
    I can read a date. I'm asking you. #speaker: Seun Bakare #mood: angry
    -> history

// ---------------------------------------------------------------
// Decision 2: before you go to the manager.
// History read here is the delayed payoff: it opens the gearbox query at decision 7.
// ---------------------------------------------------------------
=== history ===
Carl Brennan, the service manager, is in the workshop. Goodwill is his budget, not yours.
The van's record is on your screen, in two parts: this dealer's, and what came over from the independent garage that did one of its services.
* [Go straight to Carl, so she isn't kept waiting #empathy +1 #stewardship +1 #feedback: Her time is worth protecting, and she sees you move. You go in with only the job card, and Carl has the whole history on his tablet.]
    You head straight out to the workshop with the job card.
    -> carl

* [Read the van's whole history first #foresight +2 #stewardship -1 #feedback: A quarter of an hour of reading means you walk in knowing what Carl will see. Her afternoon is what you spend on it, with two dogs booked, and that is hers, not yours.]
    ~ history_read = true
    ~ waited += 15
    It takes a quarter of an hour. The twenty-four-month service was five months late, done at the independent. And a line you almost miss: a gearbox software update, bulletin 04-19, issued that spring, never applied.
    Seun gets her phone out and rings her two o'clock. #mood: frustrated
    -> carl

// ---------------------------------------------------------------
// Decision 3: the case to Carl. He says no on every path.
// ---------------------------------------------------------------
=== carl ===
Carl is under ramp three with a tablet, reading the van's record. Fifties, twenty years in the trade, a reputation for being fair and for not changing his mind. #scene: service-desk #onstage: Carl Brennan
* [Tell him she's a loyal customer, and she'll post about it #stewardship +1 #persuasion -2 #feedback: The dealership's name is worth protecting, but pressure makes a manager defend his decision rather than weigh it, and it sounds as if you care more about the review than her van.]
    She's bought two vans off us. If we say no she'll be on every review site by tonight. #speaker: You
    Then she will. #speaker: Carl Brennan
* [Ask him if there's anything at all he can do #empathy +1 #persuasion -1 #feedback: It sounds kind, and it gives him nothing to decide. A vague ask gets a vague no, and you come back to her without a reason you can explain.]
    Is there anything at all we can do for her? #speaker: You
    He doesn't look up. Not really. #speaker: Carl Brennan
* [Give him the facts, her need, and your ask #persuasion +2 #feedback: A short case, the need and a clear request is the best chance a yes ever has, and it earns you a real reason when the answer is no.]
    Three weeks out. She's a mobile groomer: two hundred a day off the road. I'm asking for goodwill on the parts. #speaker: You
    He hears you out, which is more than he does for most.
- He puts the tablet down.
Her twenty-four-month service was five months late, and done at an independent. The manufacturer won't fund goodwill on that. Ours comes out of my budget, and if I pay for a late-serviced van I've no answer for the forty customers who serviced on time and paid for their own jobs. It's no. #speaker: Carl Brennan
{history_read:
    You tell him about bulletin 04-19, the update nobody applied.
    He frowns and scrolls.
    That's not goodwill. That's a technical query to the manufacturer, and you can file it; it's yours, not mine. Don't promise her anything. Mostly they say no. #speaker: Carl Brennan
    ~ query_possible = true
}
-> after_no

// ---------------------------------------------------------------
// Decision 4: what you say back to the manager.
// ---------------------------------------------------------------
=== after_no ===
* [Ask what you may offer on your own authority #community +2 #stewardship +1 #feedback: Accepting a reasoned no and asking what is yours to give turns his refusal into a list of things you can do. He answers a question like that.]
    ~ recon_known = true
    So what can I offer her without you? #speaker: You
    Ten percent off labour is yours. And Deano's got a reconditioned box on the shelf: eleven fifty fitted, twelve months' warranty, Thursday. #speaker: Carl Brennan
* [Say you'll tell her it was his decision #empathy +1 #community -2 #feedback: It keeps you the good guy with her, and it hangs your manager out in front of a customer. Next time you need him to bend, he will remember.]
    ~ carl_blamed = true
    Fine. I'll tell her it's your call, then. #speaker: You
    It's the company's call. Say what you like. #speaker: Carl Brennan
* [Say you'd like to take it to the general manager #persuasion +1 #community -1 #feedback: Asking openly to escalate is honest, and it is her right to have the case seen. It spends Carl's trust in you, and she waits twenty minutes more for the same answer.]
    ~ waited += 20
    I'd like Priya to see it, if you don't mind. #speaker: You
    Be my guest. She'll say the same. #speaker: Carl Brennan
    Priya's reply comes back twenty minutes later: "Carl's right. Sorry." #sfx: message-ping
- -> tell

// ---------------------------------------------------------------
// Decision 5: telling her.
// ---------------------------------------------------------------
=== tell ===
{waited >= 25: Back at the desk, Seun is on the phone cancelling her two o'clock. She has moved her afternoon twice.|Back at the desk, Seun looks up from her phone.} #scene: service-desk #onstage: Seun Bakare
{hope:
    Well? Goodwill? #speaker: Seun Bakare
}
* [Say the system won't allow goodwill past thirty-six months #healing -1 #persuasion -1 #barrier: defensive #feedback: Blaming the system hides the real reason, which she could have understood. It leaves her with nobody to argue with and nothing to think about.]
    ~ trust -= 1
    I'm afraid the system won't allow goodwill after thirty-six months. #speaker: You
    The system. Right. #speaker: Seun Bakare #mood: angry
* {not hope} [Tell her plainly it's a no, and why #persuasion +2 #empathy -1 #feedback: A clear no with the real reason treats her as someone who can take it. It lands on you, not on a manager she cannot see, and she is angry with you for a minute. That is the price of owning it.]
    -> tell_plainly
// Decision 1's easy hope comes due here: the same honest no now also breaks a hope you raised.
* {hope} [Tell her plainly it's a no, and why #persuasion +2 #empathy -1 #healing -1 #feedback: Plain and honest, and it comes after you told her there was usually something. Now the no also breaks a hope you raised, and she hears it as a broken promise.]
    -> tell_plainly
* [Say you tried your best, but Carl said no #empathy +1 #community -2 #feedback: It feels loyal to her, and it makes your manager the villain for a reasoned decision. Now she wants Carl, not a way forward.]
    ~ trust += 1
    ~ carl_blamed = true
    I did try, honestly. Carl said no. #speaker: You
    So where is he? I'll talk to him myself. #speaker: Seun Bakare #mood: angry
- -> tell_after

=== tell_plainly ===
~ trust += 1
It's a no on goodwill, and I'll tell you why. Your twenty-four-month service was five months late, and the rules are the same for everyone who paid for their own. #speaker: You
Five months late because I'd just had my son. Nobody sent a reminder. #speaker: Seun Bakare #mood: frustrated
She breathes out.
OK. At least you've told me why. #speaker: Seun Bakare
-> tell_after

=== tell_after ===
{hope:
    ~ trust -= 2
    You said there was usually something. #speaker: Seun Bakare
}
-> fix

// ---------------------------------------------------------------
// Decision 6: what you can offer inside the no.
// ---------------------------------------------------------------
=== fix ===
She needs the van back this week. The new gearbox is on order for Monday.
* {recon_known} [Offer the reconditioned gearbox: £1,150, back Thursday #healing +1 #stewardship +1 #feedback: It answers what she told you matters, days on the road and money, with something that is yours to offer and true.]
    ~ trust += 1
    There's a reconditioned gearbox, twelve months' warranty: eleven fifty fitted, back on the road Thursday. I'll ring you by four to confirm. #speaker: You
    Thursday. That's two days, not five. #speaker: Seun Bakare #mood: worried
* {not recon_known} [Ask parts whether there's a cheaper gearbox #healing +1 #stewardship +1 #empathy -1 #feedback: Right question, late. Had you asked Carl what you could offer, you would know already; now she waits while you find out.]
    ~ waited += 10
    Ten minutes later Deano from parts finds a reconditioned box: eleven fifty, Thursday. You tell her, and say you'll ring by four to confirm.
    Another ten minutes. Fine. #speaker: Seun Bakare #mood: worried
* [Take ten percent off the labour, as you're allowed #empathy +1 #listening -1 #feedback: It is yours to give and it helps a little: fifty pounds of nineteen hundred. It does not answer the days off the road she told you about.]
    I can take ten percent off the labour. I'll ring you by four to confirm Monday's fitting. #speaker: You
    Fifty quid. Thanks, I suppose. #speaker: Seun Bakare #mood: frustrated
* [Tell her to leave it with you; you'll get it sorted #empathy +1 #foresight -2 #feedback: It is the warmest thing you could say and the one you cannot back: nobody has agreed to anything, and she will hold you to "sorted".]
    ~ big_promise = true
    ~ trust += 1
    Leave it with me. I'll get it sorted and ring you by four. #speaker: You
    Sorted how? #speaker: Seun Bakare #mood: worried
- -> above

// ---------------------------------------------------------------
// Decision 7: she asks who is above Carl.
// ---------------------------------------------------------------
=== above ===
{carl_blamed: Is there anyone above Carl? Because I'm not leaving it with him.|Is there anyone else I can ask? I'm not just leaving it.} #speaker: Seun Bakare
* [Say Carl's decision is final here #healing -2 #barrier: defensive #feedback: It closes the door she is entitled to knock on. The manufacturer has a customer line, and she can find it without you; now she will, angrier.]
    ~ trust -= 1
    I'm afraid Carl's decision is final. #speaker: You
    We'll see. #speaker: Seun Bakare #mood: angry
* [Slip her Priya's mobile, and say you sent her #empathy +1 #community -2 #feedback: It feels like going the extra mile. It goes behind your manager's back with a case the general manager has already, or will, refuse.]
    ~ behind_carl = true
    ~ trust += 1
    That's Priya, the general manager. Say I gave you her number. #speaker: You
    Thanks. I will. #speaker: Seun Bakare #mood: worried
* [Give her the manufacturer's customer line, and tell Carl #stewardship +2 #community -1 #feedback: Her right to escalate is hers to hold, and you keep it in the open. Carl is not pleased that a complaint with his name on it is coming.]
    The manufacturer's customer line is on this card. I'll let Carl know you're ringing them. #speaker: You
    She takes it.
    It's something. #speaker: Seun Bakare #mood: worried
* {query_possible} [File the missed-update query, warning it may fail #foresight +3 #stewardship +1 #community -1 #feedback: The update that was never applied is a real route, and filing it is your job, not hers. Deano has to write up the diagnostic at the end of his day for it, and you say plainly it may come to nothing.]
    ~ query_filed = true
    ~ trust += 1
    There's one thing. A gearbox update was never applied at the independent. I'll file a technical query with the manufacturer today. It may well come to nothing. #speaker: You
    She looks at you properly for the first time.
    You'd do that? #speaker: Seun Bakare #mood: worried
- -> four

// ---------------------------------------------------------------
// Decision 8: the promise to ring by four.
// ---------------------------------------------------------------
=== four ===
Ten to four. Carl's end-of-day handover starts at four in the workshop. Parts have not yet confirmed a fitting slot. #scene: service-desk #onstage: nobody
{big_promise: You told her you would get it sorted. Nothing is sorted.}
* [Ring her at four as promised #stewardship +2 #feedback: A promise kept on time matters more than a complete answer late. She can plan her Thursday around what you tell her.]
    ~ promise_kept = true
    ~ trust += 1
    {big_promise:
        ~ trust -= 2
    }
    It's four, as promised. Parts haven't confirmed the slot yet; I'll text you the moment they do. #speaker: You
    {big_promise: So "sorted" means nothing's sorted.|Thanks for ringing when you said.} #speaker: Seun Bakare #call: Seun Bakare
* [Chase parts until you have a slot, then ring #foresight +1 #stewardship -1 #feedback: You want to ring with a full answer. She sat by her phone from four, and at twenty to six she hears it late, from a stranger to promises.]
    ~ trust -= 1
    At twenty to six parts confirm Thursday. You ring her.
    I waited in all afternoon. #speaker: Seun Bakare #call: Seun Bakare
* [Text her: no news yet, you'll call tomorrow #healing +1 #listening -1 #feedback: The text keeps the letter of the promise. A text cannot hear how she is, and a call tomorrow is another day she cannot plan.]
    No news yet from parts, will call tomorrow. #speaker: You
    OK. #speaker: Seun Bakare #chat: Seun Bakare
- {
    - trust >= 5: She sounds tired, and steady. #mood: calm
    - trust >= 2: She does not sound any better. #mood: worried
    - else: She hangs up before you finish. #mood: angry
  }
-> leave

// ---------------------------------------------------------------
// Decision 9: the epilogue. What you leave behind.
// ---------------------------------------------------------------
=== leave ===
The handover is nearly over. Carl asks if there's anything else. #onstage: Carl Brennan
* [Leave it: the four-thirty collections are waiting #stewardship +1 #foresight -1 #feedback: The collections are real customers. Nothing changes, though, for the next van whose service falls due in a hard month.]
    ~ epilogue = 0
* [Suggest texting reminders before the last in-warranty service #foresight +2 #feedback: She missed her service in the month she had her son. A reminder is cheap, and it saves the next customer from the same no.]
    ~ epilogue = 2
* [Note on her record what you offered and why #community +1 #feedback: Whoever she meets next will know what was said and why, and she will not have to tell it again.]
    ~ epilogue = 1
- -> ending

=== ending ===
{ epilogue:
    - 2: Carl thinks about it. Two weeks later the dealership starts texting customers a month before their last in-warranty service.
    - 1: Whoever opens her record next will know what was offered, and why, without asking her to tell it again.
    - else: Nobody writes anything down.
}
{
    - trust >= 5 && promise_kept && not big_promise && not behind_carl: -> ending_best
    - trust >= 2: -> ending_flat
    - else: -> ending_lost
}

=== ending_best ===
On Thursday Seun collects the van, pays eleven hundred and fifty pounds, and says "Right." Nothing else. She has a spaniel booked at two.
{query_filed: Six weeks later the manufacturer agrees the update should have been applied and pays half the parts. The cheque goes to her. Nobody at the dealership hears about it.}
In March her next service is booked, on time. #ending: No, and every door tried
-> END

=== ending_flat ===
Seun gets her van back {recon_known: on Thursday|the following week}. She pays, and she does not book her next service with you.
{behind_carl: Priya mentions to Carl that one of his advisers gave out her mobile. Carl does not say anything to you about it, which is worse.}
Nobody was rude to her. Nobody was quite straight with her, either. #ending: Back on the road, not back with you
-> END

=== ending_lost ===
Seun has the van towed to the independent the next morning and pays them instead.
{carl_blamed: Her review names Carl. He reads it on his phone in the workshop and says nothing to you at all.|Her review says: "They hid behind the paperwork." It is not quite fair, and it is not quite wrong.} #ending: The no, and nothing after it
-> END
