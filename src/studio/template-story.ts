/**
 * What a trainer sees the first time the Studio opens: a short story that passes every check, with
 * comments that teach the tag contract where it is used. Kept valid and warning-free by a unit test.
 */
export const TEMPLATE_STORY = `// Welcome to the Story Studio. This is a complete, working story: play it on the right,
// then change it or replace it with your own. Problems are listed as you type.
// Lines starting with // are comments: players never see them.

// Global tags come first, before any text. All six are required.
// setting is a scene id: hotel-lobby, hotel-room, store-checkout, call-centre, office, ...
# title: The missing booking
# summary: A guest arrives to find no booking under her name.
# role: Front desk clerk
# setting: hotel-lobby
# customer: Ms. Ortiz
# minutes: 3

// VAR declares a variable: here, whether she was heard. Later lines and the ending read it.
VAR heard = false

// Line tags go after a line's text. #speaker names who talks (no speaker means narration);
// #mood sets the customer's face from this line on: calm, worried, frustrated, angry,
// relieved or delighted.
Ms. Ortiz sets down her bag. The screen shows no booking under her name. #mood: worried
I booked this months ago. I have the email right here. #speaker: Ms. Ortiz

// A choice starts with * (offered once) or + (offered every time).
// Its tags go INSIDE the square brackets: #QUALITY +N or -N moves one of the ten qualities,
// and #feedback: says why the choice served or did not; the debrief shows it.
// A tag after the closing ] belongs to the next line and scores nothing.
* [Ask to see the email #listening +2 #empathy +1 #feedback: Looking at her proof tells her you believe her.]
    ~ heard = true
    She turns her phone towards you. #speaker: Ms. Ortiz #mood: calm
    -> search
* [Say there is no booking in the system #empathy -1 #listening -1 #feedback: It is true, but it puts the system between you and her.]
    So I am making it up? #speaker: Ms. Ortiz #mood: frustrated
    -> search

// === name === starts a knot: a scene that -> name diverts to.
// = name starts a stitch: a part of a knot, reached with -> knot.stitch or -> stitch inside it.
=== search ===
= email
The email is real. It is for your sister hotel across town.
* [Call the sister hotel and book her a taxi there #foresight +2 #empathy +1 #stewardship -1 #feedback: You own the mix-up and plan her next step, though the hotel pays for the taxi.]
    // { condition: ... - else: ... } shows lines only when the condition holds.
    // #ending: on the last line of every ending: the title the debrief shows.
    { heard:
        Thank you for sorting it out. #speaker: Ms. Ortiz #mood: relieved
        She leaves with the taxi booked and a smile. #ending: Sorted together
    - else:
        Thank you, I suppose. #speaker: Ms. Ortiz #mood: calm
        She leaves with the taxi booked, still stung. #ending: Sorted, still stung
    }
    -> END
* [Give her the other hotel's address #stewardship +1 #foresight -1 #listening +1 #feedback: Quick, and it keeps the desk moving, but she now has to explain herself at a second desk.]
    Fine. I will find it myself. #speaker: Ms. Ortiz #mood: frustrated
    She leaves to try her luck across town. #ending: Sent on her way
    -> END
`;
