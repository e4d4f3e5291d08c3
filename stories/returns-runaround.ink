# title: The Third Trip
# summary: A self-employed cleaner brings back a dead vacuum cleaner for the third time after being bounced between the store and the manufacturer, and the policy on your screen says no.
# role: Returns desk associate
# setting: returns-desk
# customer: Denise Mahoney
# look: Denise Mahoney: medium hair
# minutes: 8

-> arrive

// ---------------------------------------------------------------
// Decision 1: she arrives already braced for a no.
// ---------------------------------------------------------------
=== arrive ===
Tuesday, half past ten. The returns desk smells of cardboard and the strip light over it flickers. #scene: returns-desk
A woman in a navy work tabard heaves a vacuum cleaner in a bin bag onto your counter. She is about fifty, with bleach spots on her trainers and a phone already in her hand.
Before you say anything. I have rung Vortex. Twice. They said bring it back to the shop. On Saturday your lad here said ring Vortex. So this is my third trip. #speaker: Denise Mahoney #mood: angry
At the next desk, Precious, who has worked returns for nine years, raises her eyebrows at you and goes back to her screen.
* [Ask for her receipt and the date she bought it #stewardship +1 #listening -1 #empathy -1 #feedback: You will need both, but asking for paperwork first tells her she is about to be processed again, by a third person.]
    Can I see the receipt, and when did you buy it? #speaker: You
    Here we go. #speaker: Denise Mahoney #mood: frustrated
    She finds the email on her phone and turns the screen towards you without a word.
    -> story
* [Tell her you will sort it today, whatever it takes #empathy +2 #foresight -2 #feedback: She needs to hear someone is on her side, but promising an outcome before you know the facts sets her up for a fourth let-down.]
    I'll sort it today. Whatever it takes. #speaker: You
    She looks at you as if she has heard that before. #mood: frustrated
    -> story
* [Say you are sorry she has been passed around, and ask her to tell you the whole thing once #listening +2 #healing +1 #feedback: Naming the runaround and asking for the story once says this visit will be different, before you have fixed anything.]
    I'm sorry you've been sent round in circles. Tell me the whole thing, once, and I'll take it from here. #speaker: You
    Her shoulders come down an inch. #mood: frustrated
    -> story

// ---------------------------------------------------------------
// Decision 2: the facts, and what she actually needs.
// ---------------------------------------------------------------
=== story ===
Her name is Denise Mahoney. She bought the Vortex Pro here fourteen months ago for two hundred and forty-nine pounds. Last week the motor cut out with a smell of burning.
I clean six houses a week. That machine is my job. I've been borrowing my sister's, and she wants it back. #speaker: Denise Mahoney #mood: worried
On your screen the returns policy says: thirty days for a refund, and after twelve months faulty items go to the manufacturer. Vortex's own leaflet says to return it to the place of purchase.
Told you. After a year it's Vortex's. Don't start something you can't finish. #speaker: Precious
* [Ring the Vortex helpline yourself, there and then #empathy +2 #stewardship -1 #feedback: Taking the call off her shows you are on her side, but twelve minutes of hold music only confirms what she already told you, while the queue behind her grows.]
    You ring. Twelve minutes of pan pipes later, a tired voice tells you that faults in the first two years go back to the retailer.
    So now you've heard it too. #speaker: Denise Mahoney
    -> way
* [Ask what she needs most, a repair, a new one or her money back, and by when #listening +2 #awareness +1 #feedback: Knowing what matters to her, a working machine by Monday, opens options a refund question never would.]
    I don't want my money back. I want one that works by Monday. I've got the Hendersons at eight. #speaker: Denise Mahoney
    -> way
* [Read her the policy on the screen, so she knows where she stands #stewardship +1 #empathy -2 #persuasion -1 #barrier: follow-procedures #barrier: defensive #feedback: It is accurate, and it is the defensive answer she came in expecting. A policy read aloud tells her the store is protecting itself, not serving her.]
    After twelve months, faulty items go to the manufacturer for repair. I can give you their number. #speaker: You
    -> brush

// ---------------------------------------------------------------
// Decision 3: find a way to say yes.
// ---------------------------------------------------------------
=== way ===
You weigh it up. A warranty repair takes ten working days. An exchange after twelve months needs Graham, the customer service manager, to put in an override. And on the shop floor there is an ex-display Vortex Pro that nobody has bought in a year.
* [Call Graham and ask him to approve an exchange today #persuasion +1 #community +1 #foresight +1 #feedback: Bringing in the person who can say yes, while she is still at the desk, is the quickest honest route and saves her another trip. Now you have to make the case well.]
    You pick up the desk phone. Graham says he will be down in two minutes.
    -> graham
* [Book the warranty repair: it is the proper route #stewardship +1 #listening -2 #barrier: no-problem-solving #feedback: It is a real process, and a fair one, but she told you she needs a machine by Monday. Ten working days answers a question she did not ask.]
    -> repair
* [Offer the ex-display model as a loan while hers goes for repair #conceptualization +2 #empathy +1 #stewardship -1 #feedback: Spotting a resource nobody thought of meets her real need, but lending store stock is not your call alone. You will need Graham on side.]
    What if you took the display one home while yours is repaired? I'll need my manager to agree. #speaker: You
    Denise stares at you. Are you allowed to do that? #speaker: Denise Mahoney #mood: calm
    -> graham

=== repair ===
I can book it in for a warranty repair. It takes about ten working days. #speaker: You
Ten days? I've got the Hendersons on Monday and the dentist's surgery on Wednesday. That's two clients gone. #speaker: Denise Mahoney #mood: angry
* [Stop, and ask what would get her through to Monday #listening +1 #empathy +1 #feedback: Going back to her real need is the right turn, even late. The repair answered the policy, not her.]
    Anything that picks up dust. I'm not fussy. #speaker: Denise Mahoney #mood: worried
    You think of the ex-display machine on the shop floor, and pick up the phone to Graham.
    -> graham
* [Stand by the repair: a loan of store stock is not yours to give #stewardship +1 #empathy -2 #barrier: follow-procedures #feedback: You are right that it is not yours alone to give, but you are the one who could ask. Standing by the process leaves her with two lost clients.]
    Then I want to see the manager. #speaker: Denise Mahoney
    -> manager

// ---------------------------------------------------------------
// Decision 4: making the case to the person who can say yes.
// ---------------------------------------------------------------
=== graham ===
Graham arrives with a lanyard full of keys and a coffee he has not had time to drink. He reads the screen over your shoulder.
Fourteen months. That's a Vortex job. If I do it for her, I do it for everyone who walks in at thirteen months. #speaker: Graham
* [Tell him what it has cost her: three trips, her sister's machine, two clients on the line #persuasion +2 #empathy +1 #feedback: A real person with a real deadline is the case that moves people. You are the one who heard it, so you are the one who can tell it.]
    Graham looks at Denise properly for the first time.
    Three trips. Right. That shouldn't happen. #speaker: Graham
    -> system
* [Point out that she would probably win under consumer law anyway #persuasion +1 #foresight +1 #empathy -1 #feedback: The law is on her side and it is a fair point, but it turns her into a risk to manage. Graham hears liability, not Denise.]
    Graham sighs.
    Fair enough. Better we do it now than the small claims court does it for us. #speaker: Graham
    -> system
* [Let Graham decide, and carry his answer back to her #stewardship +1 #persuasion -1 #community -1 #feedback: Leaving it to him respects his authority, but you are the one who heard her story. Without you he decides on a screen, not a person.]
    Graham asks Denise three quick questions, frowns at the screen, and agrees to an exchange. You feel like a spectator at your own desk.
    -> system

// ---------------------------------------------------------------
// Decision 5: the system says no, even when the manager says yes.
// ---------------------------------------------------------------
=== system ===
Graham keys in an override for a straight exchange and heads back to the floor. Precious says nothing at all.
There is a new Vortex Pro in stock. But the returns screen will not go past the first box. It wants the barcode from a paper receipt, and Denise has an email. #sfx: error-buzz
Don't tell me. Fourth trip. #speaker: Denise Mahoney #mood: frustrated
* [Ask her to bring a printed receipt in tomorrow, and put the new one aside #stewardship +1 #empathy -2 #barrier: rigid-systems #feedback: It keeps the record tidy, but it sends her home on the third trip to make a fourth. The system should bend, not the customer.]
    She closes her eyes. Precious leans over, sighs, and shows you how to look the sale up by card. It takes a minute.
    -> rights
* [Ask Precious whether there is a way round it #community +2 #feedback: Asking a colleague who knows the system shares the load and lets her help, even after she told you not to start. It does take her off her own queue.]
    Precious rolls her eyes and comes over.
    Card lookup. Here. Look, it's easy once you know. #speaker: Precious
    -> rights
* [Look the sale up by her card in the sales history #awareness +2 #conceptualization +1 #feedback: Remembering that the record lives somewhere else gets round a rigid screen without another trip for her.]
    You ask for the last four digits of her card and find the sale in the history in under a minute.
    -> rights

// ---------------------------------------------------------------
// Decision 6: do those served grow? What she takes home.
// ---------------------------------------------------------------
=== rights ===
You swap the dead machine for a boxed new one and carry it round to her side of the counter. #sfx: till-beep
Denise puts a hand on the box as if it might vanish.
Three trips. What should I have said the first time, so this never happens to me again? #speaker: Denise Mahoney #mood: relieved
* [Tell her she did nothing wrong: the store should have got it right the first time #healing +2 #empathy +1 #growth -1 #feedback: Taking the blame off her is kind and true, but she asked how to protect herself next time, and leaves without the answer.]
    You did nothing wrong. We should have got it right on Saturday. #speaker: You
    Well. That's something. #speaker: Denise Mahoney
    -> after
* [Explain her rights in two sentences, and write the key words on the back of her receipt #growth +2 #foresight +1 #feedback: She leaves knowing that faulty goods are the shop's to put right for years, not months. The next shop that tries the runaround will not get far.]
    You write on the back of her printed exchange receipt: faulty goods, retailer's job, repair or replace.
    Right. I'm keeping this in my purse. #speaker: Denise Mahoney
    -> after
* [Tell her to ask for the manager straight away next time #growth +1 #community -1 #feedback: It works, but it teaches her that the front line is a wall to get round, and every colleague she meets after you pays for it.]
    Ask for the manager, first thing. #speaker: You
    Denise nods slowly, as if filing away a tactic.
    -> after

// ---------------------------------------------------------------
// Decision 7: Saturday, and the person who sent her away.
// ---------------------------------------------------------------
=== after ===
At lunch, Precious tells you who was on the desk on Saturday: Kieran, nineteen, three weeks in, who read the same screen you did.
He's on this afternoon. He'll do it again, the way that screen's worded. #speaker: Precious
* [Show Kieran the card lookup and the repair-or-replace rule, without making it about Saturday #growth +2 #community +1 #feedback: Teaching the fix without shaming him makes him the next person who says yes, instead of the next wall.]
    -> ending_best
* [Let it go: Denise is sorted and Saturday is done #healing +1 #foresight -2 #feedback: Letting it go is kind to Kieran, but nothing stops the next customer getting the same wrong answer from the same screen.]
    -> ending_same
* [Ask Graham to get the policy screen reworded #conceptualization +2 #feedback: Fixing the words that sent her round in circles helps everyone, but it takes a month, and Kieran is on the desk this afternoon.]
    -> ending_policy

// ---------------------------------------------------------------
// The side road: the policy, read aloud.
// ---------------------------------------------------------------
=== brush ===
I have rung them. Twice. They said you. You're saying them. So who do I actually talk to? #speaker: Denise Mahoney #mood: angry
Her voice carries. The man waiting behind her with a lamp takes a step back.
* [Give her a reference number, and the name of someone at Vortex to ask for #foresight +1 #stewardship +1 #empathy -1 #barrier: not-my-job #feedback: A name is better than a phone tree, but it is still the third time she is sent somewhere else. Her next call will end where this one began.]
    I don't want a name. I want the manager. #speaker: Denise Mahoney
    -> manager
* [Stop, apologise for reading her the policy, and ask what she actually needs #healing +1 #listening +1 #empathy +1 #feedback: Catching your own defensive answer and undoing it is worth a great deal. It turns a third no into a first question.]
    Sorry. That was the screen talking. What do you actually need? #speaker: You
    She blinks.
    A machine that works. By Monday. I've got the Hendersons at eight. #speaker: Denise Mahoney #mood: worried
    -> way

=== manager ===
Graham arrives, drawn by the raised voice, with a coffee he has not had time to drink.
What's going on? #speaker: Graham
* [Tell him you offered what the policy allows, and she was not happy with it #stewardship +1 #persuasion -1 #community -1 #feedback: It is a fair summary from your side of the desk, and it tells Graham nothing about her. A handover should carry the customer, not just the rule.]
    Denise's jaw sets.
    Not happy. That's one way of putting it. #speaker: Denise Mahoney
    -> watch
* [Tell him honestly what she told you, including what you said #awareness +1 #healing +1 #feedback: An honest handover, your own part included, lets him start where she is, not at the beginning again.]
    Graham nods and turns to Denise.
    You've had a rotten run of it. Let's fix it. #speaker: Graham
    -> watch

=== watch ===
Graham listens to her for two minutes, authorises an exchange, and tells you to look the sale up by card.
Denise watches you do it in under a minute.
So you could have done that all along? #speaker: Denise Mahoney #mood: frustrated
* [Say it was not your decision to make, it was his #stewardship +1 #empathy -1 #persuasion -1 #barrier: defensive #feedback: It is true, and it is a defensive answer. She hears that nobody on the desk can help, which is why she came three times.]
    She takes her new machine and goes without saying goodbye.
    -> lesson
* [Say honestly that you did not know you were allowed, and that you are sorry #growth +1 #healing +1 #feedback: Owning the gap in what you knew costs you a little pride and gives her back a little trust.]
    Well. You know now. #speaker: Denise Mahoney #mood: calm
    -> lesson

=== lesson ===
Afterwards Graham perches on the edge of your desk with his cold coffee.
The policy is where we start, not where we stop. What would you do next time? #speaker: Graham
* [Say you will call him earlier next time #community +1 #stewardship +1 #feedback: Calling earlier would have saved her twenty minutes, but it leaves every yes with Graham and none with you.]
    -> ending_passed
* [Ask him which rules you are allowed to bend, so you can say yes yourself #growth +2 #conceptualization +1 #feedback: Asking where the limits really are is how you stop being a wall and start being a door.]
    -> ending_learned

// ---------------------------------------------------------------
// Endings
// ---------------------------------------------------------------
=== ending_best ===
That afternoon you show Kieran the card lookup. He writes repair or replace on a sticky note and puts it on his screen. #scene: returns-desk
On Monday you ring Denise to check the new machine. She has done the Hendersons, and she has told two of her clients where to shop.
Three trips it took. But I've never been rung back by a shop in my life. Never. #speaker: Denise Mahoney #mood: delighted
The next week Kieran takes a faulty kettle back from a man at thirteen months, and does not send him anywhere. #ending: A yes, and someone to pass it on
-> END

=== ending_policy ===
A month later the returns screen says faulty items are the store's to repair or replace, and nobody is to be sent to the manufacturer. #scene: returns-desk
Denise Mahoney leaves a review: the third visit was excellent, the first two were a farce. #mood: relieved #ending: A better screen, a fair review
-> END

=== ending_same ===
Denise cleans the Hendersons' house on Monday with her new machine, and thinks kindly of you. #scene: returns-desk
On Saturday Kieran reads the same screen to a man with a broken microwave and sends him to the manufacturer. #mood: relieved #ending: One sorted, the screen unchanged
-> END

=== ending_passed ===
Denise gets her machine, and tells her sister that the shop only listens if you shout for the manager. #scene: returns-desk
Graham's phone rings a little more often after that, and the desk stays a place where customers wait for him. #mood: calm #ending: Graham said yes
-> END

=== ending_learned ===
Graham walks you through the three rules you can bend without him, and the one you cannot. #scene: returns-desk
Denise Mahoney never comes back to the returns desk. She has no reason to. Her new machine is still going two years later. #mood: relieved #ending: The policy is where you start
-> END
