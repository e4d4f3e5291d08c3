# title: The Third Trip
# summary: A self-employed cleaner brings back a dead vacuum cleaner for the third time after being bounced between the store and the manufacturer, and the policy on your screen says no.
# role: Returns desk associate
# setting: returns-desk
# customer: Denise Mahoney
# pronouns: she/her
# look: Denise Mahoney: medium hair
# minutes: 8

// What carries from one decision to the next:
// trust: how far Denise believes this visit is different from the first two; it shapes her replies and the ending.
// queue: how long the man with the lamp, and those behind him, have waited on you.
// promised: you told her you would sort it today, whatever it takes.
// need: she told you what she actually needs: a working machine by Monday.
// ask: what you asked Graham for ("exchange" or "loan"); case: how you put it to him.
// loan: the ex-display machine goes home with her while hers is repaired.
// precious: you asked Precious for help, and she is on your side of the desk now.
// taught: Denise knows her rights, written on the back of her receipt.
// kieran: what happens about Saturday (the epilogue).
VAR trust = 0
VAR queue = 0
VAR promised = false
VAR need = false
VAR ask = ""
VAR case = ""
VAR loan = false
VAR precious = false
VAR taught = false
VAR kieran = ""

-> arrive

// ---------------------------------------------------------------
// Decision 1: she arrives already braced for a no.
// ---------------------------------------------------------------
=== arrive ===
Tuesday, half past ten. The returns desk smells of cardboard and the strip light over it flickers. #scene: returns-desk
A woman in a navy work tabard heaves a vacuum cleaner in a bin bag onto your counter. She is about fifty, with bleach spots on her trainers and a phone already in her hand.
Before you say anything. I have rung Vortex. Twice. They said bring it back to the shop. On Saturday your lad here said ring Vortex. So this is my third trip. #speaker: Denise Mahoney #mood: angry
Behind her a man holding a table lamp in its box joins the queue. At the next desk, Precious, who has worked returns for nine years, raises her eyebrows at you and goes back to her screen.
* [Ask for her receipt, so you can look it up straight away #empathy -1 #feedback: You will need it, and it is quick. Asked before a word about the runaround, it tells her a third person is about to process her: acknowledge first, then ask.]
    ~ trust = trust - 1
    Can I see the receipt, and when did you buy it? #speaker: You
    Here we go. #speaker: Denise Mahoney #mood: frustrated
    She finds the email on her phone and turns the screen towards you without a word.
    -> story
* [Tell her you'll sort it today, whatever it takes #empathy +2 #stewardship -2 #feedback: She needs to hear someone is on her side. Promising an outcome before you know the facts spends what is not yours to promise, and sets her up for a fourth let-down.]
    ~ promised = true
    I'll sort it today. Whatever it takes. #speaker: You
    She looks at you as if she has heard that before. #mood: frustrated
    -> story
* [Ask Precious to take the man behind her first #stewardship +1 #empathy -1 #feedback: The man with the lamp has done nothing wrong either, and a minute now saves him twenty. Denise, on her third trip, watches you sort someone else out first.]
    Precious, could you take this gentleman? #speaker: You
    Precious sighs, and waves the man with the lamp over to her desk.
    Right. Now me. #speaker: Denise Mahoney #mood: angry
    -> story
* [Apologise for the runaround; ask her to tell it once #listening +2 #empathy +1 #stewardship -1 #feedback: Naming the runaround and asking for the story once says this visit will be different. It takes five minutes, and the man with the lamp waits them out behind her.]
    ~ trust = trust + 1
    ~ queue = queue + 1
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
* [Ring the Vortex helpline yourself, there and then #empathy +2 #stewardship -2 #feedback: Taking the call off her shows you are on her side. Twelve minutes of hold music only confirms what she already told you, while the queue behind her grows.]
    ~ queue = queue + 2
    You ring. Twelve minutes of pan pipes later, a tired voice tells you that faults in the first two years go back to the retailer.
    So now you've heard it too. #speaker: Denise Mahoney #mood: frustrated
    -> way
* [Ask what she needs most, and by when #listening +2 #empathy +1 #community -1 #feedback: Knowing what matters to her, a working machine by Monday for a job she cannot lose, opens options a refund question never would. Precious watches you start exactly what she told you not to.]
    ~ need = true
    ~ trust = trust + 1
    I don't want my money back. I want one that works by Monday. I've got the Hendersons at eight. #speaker: Denise Mahoney #mood: worried
    -> way
* [Read her the policy on the screen, so she knows where she stands #empathy -2 #persuasion -1 #barrier: follow-procedures #barrier: defensive #feedback: It is accurate, and it is the defensive answer she came in expecting. A policy read aloud tells her the store is protecting itself, not serving her.]
    After twelve months, faulty items go to the manufacturer for repair. I can give you their number. #speaker: You
    -> brush

// ---------------------------------------------------------------
// Decision 3: find a way. Graham will say no to a new one; the display model is the way round it.
// ---------------------------------------------------------------
=== way ===
{need: Monday, then. }You weigh it up. A warranty repair takes ten working days. An exchange after twelve months needs Graham, the customer service manager, to put in an override. And on the shop floor there is an ex-display Vortex Pro that nobody has bought in a year.
* [Call Graham and ask for an exchange today #community +1 #feedback: Bringing in the person who can say yes, while she is still at the desk, saves her another trip. Now you have to make the case well.]
    ~ ask = "exchange"
    You pick up the desk phone. Graham says he will be down in two minutes.
    -> graham
* [Book the warranty repair: it's the proper route #listening -2 #barrier: no-problem-solving #feedback: It is a real process, and a fair one. Ten working days answers the policy's question, not the one she came with.]
    -> repair
* [Ask Graham to lend her the display model #conceptualization +3 #stewardship -1 #feedback: Hers goes for repair, and a machine nobody thought of meets her real need in the meantime. Lending store stock is not yours to give, and the display model comes back used.]
    ~ ask = "loan"
    What if yours goes for repair, and you take the display one home till it's back? I'll need my manager to agree. #speaker: You
    Denise stares at you.
    Are you allowed to do that? #speaker: Denise Mahoney #mood: worried
    You pick up the desk phone.
    -> graham

=== repair ===
I can book it in for a warranty repair. It takes about ten working days. #speaker: You
~ trust = trust - 1
Ten days? I've got the Hendersons on Monday and the dentist's surgery on Wednesday. That's two clients gone. #speaker: Denise Mahoney #mood: angry
* [Stop, and ask what would get her through to Monday #listening +1 #empathy +1 #feedback: Going back to her real need is the right turn, even late. The repair answered the policy, not her.]
    ~ need = true
    ~ ask = "loan"
    Anything that picks up dust. I'm not fussy. #speaker: Denise Mahoney #mood: worried
    You think of the ex-display machine on the shop floor, and pick up the phone to Graham.
    -> graham
* [Stand by the repair: store stock isn't yours to lend #empathy -2 #barrier: follow-procedures #feedback: You are right that it is not yours alone to give. You are the one who could ask, and standing by the process leaves her with two lost clients.]
    ~ trust = trust - 1
    Then I want to see the manager. #speaker: Denise Mahoney #mood: angry
    -> manager

// ---------------------------------------------------------------
// Decision 4: making the case. Graham will say no to a new one whatever you say.
// ---------------------------------------------------------------
=== graham ===
Graham arrives with a lanyard full of keys and a coffee he has not had time to drink. He reads the screen over your shoulder.
Fourteen months. That's a Vortex job. If I do it for her, I do it for everyone who walks in at thirteen months. #speaker: Graham
* [Tell him what it's cost her: three trips, and her work #persuasion +3 #community -1 #feedback: A real person with a real deadline is the case that moves people, and you are the one who heard it. Pushing back on your manager in front of a customer puts him on the spot.]
    ~ case = "story"
    Graham looks at Denise properly for the first time.
    Three trips. Right. That shouldn't happen. #speaker: Graham
    -> answer
* [Point out she'd probably win under consumer law anyway #persuasion +1 #stewardship +1 #empathy -1 #feedback: The law is on her side, and keeping the store out of the small claims court is a fair point. It turns her into a risk to manage: Graham hears liability, not Denise.]
    ~ case = "law"
    Graham sighs.
    I know what the law says. Repair or replace is ours, not Vortex's. #speaker: Graham
    -> answer
* [Let Graham decide: it's his call #community +1 #persuasion -1 #feedback: Leaving it to him respects his authority. You are the one who heard her story, and without you he decides on a screen, not a person.]
    ~ trust = trust - 1
    Graham asks Denise three quick questions. She tells it again, to the fourth person, and he frowns at the screen.
    -> answer

=== answer ===
Not a new one. If I swap every machine that dies at fourteen months, area will have my badge, and the next person gets told no by someone less polite than me. #speaker: Graham
It goes for repair under warranty. We pay, not you. #speaker: Graham
{
- ask == "loan":
    ~ loan = true
    ~ trust = trust + 1
    And yes, the display one can go home with you till it's back. It comes back when hers does, mind. Your name's on it. #speaker: Graham
    He heads back to the floor with his cold coffee.
    So I've got a machine to work with. {promised: Not a new one today, mind.} #speaker: Denise Mahoney #mood: worried
    -> system
- else:
    {case == "story": He looks at Denise. I'm sorry. That's where the line is.}
    He heads back to the floor with his cold coffee.
    Ten days. I'll have lost clients by then. #speaker: Denise Mahoney #mood: angry
    {promised:
        You said today. Whatever it takes. #speaker: Denise Mahoney
        ~ trust = trust - 1
    }
    -> no_loan
}

// ---------------------------------------------------------------
// Decision 5, on the exchange road: serving inside Graham's no.
// ---------------------------------------------------------------
=== no_loan ===
Graham is halfway to the shop floor.
* [Catch Graham and ask about the display model #conceptualization +1 #community -1 #feedback: Going back to the person who said no, with a new idea rather than the same request, is how a no becomes a way. He is not thrilled to be called back.]
    ~ loan = true
    Graham turns round, sees where you are pointing, and sighs.
    Go on, then. It comes back when hers does. Your name's on it. #speaker: Graham
    A machine for Monday. Right. #speaker: Denise Mahoney #mood: worried
    -> system
* [Tell her it's repair, and that was the manager's call #empathy -2 #barrier: defensive #feedback: It is true, and it is the defensive answer. She hears that nobody at this desk can help, which is why she is on her third trip.]
    ~ trust = trust - 1
    Of course it was. #speaker: Denise Mahoney #mood: angry
    -> system
* [Apologise plainly, and book the fastest repair slot there is #empathy +1 #feedback: Honest about the no and quick about what you can do. Ten days is still ten days, and the Hendersons are on Monday.]
    I'm sorry. It's not the answer you came for. I'll get it booked so it goes today. #speaker: You
    Fine. #speaker: Denise Mahoney #mood: frustrated
    -> system

// ---------------------------------------------------------------
// Decision 6: the system says no, even when the manager says yes.
// ---------------------------------------------------------------
=== system ===
The warranty screen will not go past the first box. It wants the barcode from a paper receipt, and Denise has an email. #sfx: error-buzz
Don't tell me. Fourth trip. #speaker: Denise Mahoney #mood: frustrated
{queue >= 2: Behind her the queue is four deep now, and someone puts a boxed kettle down on the floor to wait.}
* [Ask her to bring the paper receipt in tomorrow #empathy -2 #barrier: rigid-systems #feedback: It keeps the record tidy, and it sends her home on the third trip to make a fourth. The system should bend, not the customer.]
    ~ trust = trust - 1
    She closes her eyes. Precious leans over, sighs, and shows you how to find the sale by card. It takes a minute.
    -> lend
* [Ask Precious whether there's a way round it #community +2 #empathy -1 #feedback: Asking the colleague who knows the system lets her help, even after she told you not to start. Denise stands and waits while Precious finishes her own customer first.]
    ~ precious = true
    Precious finishes with her customer, rolls her eyes, and wheels her chair over.
    Card lookup. Here. Last four digits, date, done. Look, it's easy once you know. #speaker: Precious
    -> lend
* [Try finding the sale by her card in the sales history #conceptualization +1 #feedback: Remembering that the record lives somewhere else gets round a rigid screen without another trip for her.]
    You ask for the last four digits of her card and find the sale in the history in under a minute.
    -> lend

// ---------------------------------------------------------------
// Decision 7, on the loan roads: holding the loan in trust.
// ---------------------------------------------------------------
=== lend ===
{not loan: -> rights}
The repair is booked. You fetch the display Pro from the shop floor: no box, a scuffed corner, and Graham's name on the loan.
* [Write the loan on her repair ticket #stewardship +3 #feedback: The display model is the store's, lent on Graham's word. One line on the ticket means it comes back when hers does, and his trust in you comes back with it.]
    That's so it comes back to us when yours does. Nothing for you to fill in. #speaker: You
    -> rights
* [Just hand it over: she's filled in enough today #empathy +1 #stewardship -1 #feedback: Kind, and quick. Nothing on paper says where the display Pro went, and Graham's name is on it.]
    -> rights
* [Ask her for a deposit on it, to be safe #persuasion -1 #empathy -2 #feedback: It protects the stock, at the expense of the one customer who has already paid for a machine that broke. She hears that she is not trusted, and nothing you say after will sound like a yes.]
    ~ trust = trust - 1
    A deposit. On top of everything. #speaker: Denise Mahoney #mood: angry
    -> rights

// ---------------------------------------------------------------
// Decision 8: do those served grow? What she takes home.
// ---------------------------------------------------------------
=== rights ===
{loan: You carry the display Pro round to her side of the counter. Her own machine goes in a repair bag with a ticket.|Her machine goes in a repair bag with a ticket. Ten working days.} #sfx: till-beep
{loan: Denise puts a hand on the box as if it might vanish.}
Three trips. What should I have said the first time, so this never happens to me again? #speaker: Denise Mahoney
* [Tell her she did nothing wrong: the store should have got it right #empathy +2 #growth -1 #feedback: Taking the blame off her is kind and true. She asked how to protect herself next time, and she leaves without the answer.]
    You did nothing wrong. We should have got it right on Saturday. #speaker: You
    Well. That's something. #speaker: Denise Mahoney
    -> settle
* [Explain her rights, and write them on her receipt #growth +2 #feedback: She leaves knowing that faulty goods are the shop's to put right for years, not months. The next shop that tries the runaround will not get far.]
    ~ taught = true
    ~ trust = trust + 1
    You write on the back of her receipt: faulty goods, the shop's job, repair or replace, not the manufacturer's.
    Right. I'm keeping this in my purse. #speaker: Denise Mahoney
    -> settle
* [Tell her to ask for the manager straight away next time #empathy +1 #community -2 #feedback: It works, and it teaches her that the front line is a wall to get round. Every colleague she meets after you pays for it.]
    Ask for the manager, first thing. #speaker: You
    Denise nods slowly, as if filing away a tactic.
    -> settle

=== settle ===
{
- loan && trust >= 3:
    She picks up the display box. At the end of the desk she turns round.
    Thank you. I mean it. #speaker: Denise Mahoney #mood: relieved
- loan:
    She picks up the display box and goes without looking back. #mood: calm
- else:
    She leaves with a repair ticket and no machine, already ringing her sister. #mood: frustrated
}
-> after

// ---------------------------------------------------------------
// Decision 9: Saturday, and the person who sent her away. Denise's part is decided; this adds the rest.
// ---------------------------------------------------------------
=== after ===
At lunch, Precious tells you who was on the desk on Saturday: Kieran, nineteen, three weeks in, who read the same screen you did. #leave: Denise Mahoney
He's on this afternoon. He'll do it again, the way that screen's worded. #speaker: Precious
* [Show Kieran the card lookup, not Saturday's mistake #growth +2 #feedback: Teaching the fix without shaming him makes him the next person who says yes, instead of the next wall.]
    ~ kieran = "shown"
    -> ending
* {precious} [Ask Precious to show Kieran with you #community +2 #growth +1 #feedback: The minute you spent asking her pays back now. Nine years of knowing the screen, passed on by the person who knows it best.]
    ~ kieran = "precious"
    -> ending
* [Let it go: Denise is sorted, and Saturday is over and done #empathy +1 #growth -2 #feedback: Letting it go is kind to Kieran. Nothing stops the next customer getting the same wrong answer from the same screen.]
    ~ kieran = "same"
    -> ending
* [Ask Graham to get the policy screen reworded #conceptualization +2 #growth -1 #feedback: Fixing the words that sent her round in circles helps everyone. It takes a month, and Kieran is on the desk this afternoon.]
    ~ kieran = "screen"
    -> ending

// ---------------------------------------------------------------
// The side road: the policy, read aloud.
// ---------------------------------------------------------------
=== brush ===
I have rung them. Twice. They said you. You're saying them. So who do I actually talk to? #speaker: Denise Mahoney #mood: angry
Her voice carries. Heads turn all along the queue.
* [Give her a reference number, and a name at Vortex to ask for #empathy -1 #barrier: not-my-job #feedback: A name is better than a phone tree, and it is still the third time she is sent somewhere else. Her next call will end where this one began.]
    ~ trust = trust - 1
    I don't want a name. I want the manager. #speaker: Denise Mahoney
    -> manager
* [Apologise for reading it out, and ask what she needs #listening +1 #empathy +1 #feedback: Catching your own defensive answer and undoing it is worth a great deal. It turns a third no into a first question.]
    ~ need = true
    Sorry. That was the screen talking. What do you actually need? #speaker: You
    She blinks.
    A machine that works. By Monday. I've got the Hendersons at eight. #speaker: Denise Mahoney #mood: worried
    -> way

=== manager ===
Graham arrives, drawn by the raised voice, with a coffee he has not had time to drink.
What's going on? #speaker: Graham
* [Tell him you offered what the policy allows #persuasion -1 #community -1 #feedback: It is a fair summary from your side of the desk, and it tells Graham nothing about her. A handover should carry the customer, not just the rule.]
    I offered her what the policy allows. She wasn't happy with it. #speaker: You
    Not happy. That's one way of putting it. #speaker: Denise Mahoney #mood: angry
    -> watch
* [Tell him her story, and your part in it #persuasion +1 #community +1 #feedback: An honest handover, your own part included, lets him start where she is, not at the beginning again.]
    ~ trust = trust + 1
    Graham nods and turns to Denise.
    -> watch

=== watch ===
~ loan = true
Graham listens to her for two minutes. Not a new one, he says: it goes for repair. Then he sends you for the display Pro on the shop floor, and shows you the card lookup on your own screen.
Denise watches you do it in under a minute.
So you could have done that all along? #speaker: Denise Mahoney #mood: frustrated
* [Say it wasn't your decision to make; it was his #empathy -1 #barrier: defensive #feedback: It is true, and it is a defensive answer. She hears that nobody on the desk can help, which is why she came three times.]
    ~ trust = trust - 1
    She takes the display machine and goes without saying goodbye. #mood: angry #leave: Denise Mahoney
    -> lesson
* [Say sorry: you didn't know you could #empathy +1 #growth +1 #feedback: Owning the gap in what you knew takes a little pride, and gives her back a little trust.]
    Well. You know now. #speaker: Denise Mahoney #mood: frustrated
    She takes the display machine and goes. #leave: Denise Mahoney
    -> lesson

=== lesson ===
Afterwards Graham perches on the edge of your desk with his cold coffee.
The policy is where we start, not where we stop. What would you do next time? #speaker: Graham
* [Say you'll call him earlier next time #community +1 #feedback: Calling earlier would have saved her twenty minutes. It leaves every yes with Graham and none with you.]
    -> ending_passed
* [Ask which rules you can bend #growth +2 #feedback: Asking where the limits really are is how you stop being a wall and start being a door.]
    -> ending_learned

// ---------------------------------------------------------------
// Endings: Denise's part follows trust, the loan and what she learned; Saturday adds the rest.
// ---------------------------------------------------------------
=== ending ===
{
- loan && taught && trust >= 4:
    -> ending_best
- loan && trust >= 1:
    -> ending_monday
- loan:
    -> ending_cold
- else:
    -> ending_ten_days
}

=== saturday ===
{
- kieran == "shown":
    That afternoon you show Kieran the card lookup. He writes repair or replace on a sticky note and puts it on his screen. The next week he takes back a faulty kettle at thirteen months and does not send anyone anywhere.
- kieran == "precious":
    Precious shows Kieran the card lookup, and then four other things nobody ever showed him. Nine years, she says afterwards. First time anyone's asked. The next week Kieran takes back a faulty kettle at thirteen months and does not send anyone anywhere.
- kieran == "screen":
    A month later the returns screen says faulty items are the store's to repair or replace. In the meantime, on Saturday, Kieran sends a man with a broken microwave to the manufacturer.
- else:
    On Saturday Kieran reads the same screen to a man with a broken microwave and sends him to the manufacturer.
}
->->

=== ending_best ===
Denise cleans the Hendersons' house on Monday with the display Pro. Two weeks later her own machine comes back, mended, and she swaps them over at the desk in two minutes. #scene: returns-desk
-> saturday ->
She tells two of her clients where to buy their next vacuum, and why. #ending: The third trip was the last #outcome: better-off
-> END

=== ending_monday ===
Denise cleans the Hendersons' house on Monday with the display Pro, and her own machine comes back two weeks later. #scene: returns-desk
-> saturday ->
Her review says the third visit was fine and the first two were a farce. #ending: A machine for Monday #outcome: better-off
-> END

=== ending_cold ===
Denise cleans the Hendersons' house on Monday with a borrowed display model and the feeling that she had to drag it out of you. #scene: returns-desk
-> saturday ->
When her own machine comes back, she collects it from Precious's side of the desk. #ending: Sorted, grudgingly #outcome: no-better
-> END

=== ending_ten_days ===
Denise cancels the Hendersons on Monday, and the dentist's surgery on Wednesday. The surgery finds another cleaner. #scene: returns-desk
-> saturday ->
Her machine comes back two weeks later, working. She does not buy her next one here. #mood: angry #ending: Ten days, two clients #outcome: worse-off
-> END

=== ending_passed ===
Denise has a machine for Monday, and she tells her sister the shop only listens if you shout for the manager. #scene: returns-desk
Graham's phone rings a little more often after that, and the desk stays a place where customers wait for him. #ending: Only if you shout #outcome: no-better
-> END

=== ending_learned ===
Graham walks you through the three rules you can bend without him, and the one you cannot. #scene: returns-desk
{
- trust >= 1:
    Denise has a machine for Monday. She never comes back to the returns desk, and she never has reason to. #ending: The policy is where you start #outcome: better-off
- else:
    Denise has a machine for Monday, and tells her sister the shop only listens if you shout. The next customer at your desk will not have to. #ending: The policy is where you start #outcome: no-better
}
-> END
