// corpus_test.cc: runs every labelled mail in tests/parsers/corpus through decode_mail + analyse and
// prints the accuracy per field, for the mails the rules were tuned on ("tuned") and for those
// written afterwards and never tuned against ("heldback"). Fails below the thresholds in kMin.
// Names and institutions are compared case- and punctuation-insensitively; everything else exactly.
// Held-back results at first sight (before any rule change prompted by them), for the record:
//   batch 1 (31 mails): kind 100%, name 96.8%, institution 96.8%, missing 100%, request 96.8%, rest 100%
//   batch 2 (30 mails): kind 100%, name 93.3%, institution 86.7%, missing 90.0%, request 100%, rest 100%
// Generic fixes made after batch 2 (organisation words that are also names, employment verbs,
// English role words) lift today's numbers above these; the first-sight figures are the honest estimate
// for mail nobody has seen. Regenerate the corpus with make_corpus.py.
// Set "fresh3" (81 mails, corpus_fresh3.py, 2026-12-04: letter-style government mail with titles and
// numbers, long reply chains, code-switching and slang, mail from abroad, forwarded letters), at first
// sight: kind 100%, name 92.6%, institution 79.0%, missing 82.7%, rating 100%, language 97.5%,
// ticket_ref 100%, request 98.8% (overall 93.8%). Generic rules added after (kami + organisation,
// dotted degrees, office-then-name apposition, a group's village, campus units, a unit's number/place,
// bare stem + -kan is no name, a letter's region line, the university over its unit) took it to name
// 96.3%, institution 93.8% (with the numeral I before an Indonesian verb and a sign-off's position
// line), missing 92.6%; the floors below now hold for it too. 2026-12-04 (later): English word order
// ("the World Bank", "The Asia Foundation": capitalised words after "the", then the head noun) and
// English roles before with/at/for: institution 96.3%, missing 95.1% (heldback institution 100%);
// then a name under a sign-off's position line and an office as a forwarded letter's sender line:
// name 97.5%, institution 97.5%, missing 96.3%; "Mas" inside a Balinese name: name 98.8%, missing 97.5%.
// 2026-12-04 (fourth session): a trade after a casual name, an unknown proper name after "dari" that is
// no place, "of"/"for" after an English name's last head, a wish to complain is no request: all 222
// mails name 99.5%, institution 100%, missing 100%, request 99.5% (fresh3 institution and missing 100%).
// Set "fresh4" (76 mails, corpus_fresh4.py, 2026-12-04, sixth session): written blind by another author
// (a helper that never saw the rules, the code or any result), at first sight: kind 93.4%, name 89.5%,
// institution 73.7%, missing 85.5%, rating 98.7%, language 100%, ticket_ref 100%, request 85.5%
// (overall 90.8%) - the honest estimate for writers nobody has seen, close to the hidden sets' 0.899.
// Rules for the classes it showed (a complaint states no request; wrong data, frustration and
// suggestions are complaints; an out-of-office on an official trip; received data asks nothing; a
// cover letter is no request letter; 'umum'/'pribadi' and this office are no institution; foreign
// universities, English roles before 'at', a campus centre gives way to its university, KSP/KUD/BPR;
// a rating's ticket mask; Balinese 'Istri'/'Mas' in a signature; reduplicated words; regional 'I';
// 'Role, Organisation' lines; 'Putri di sini'; a pupil's grade; 'sesuai permintaan'; 'butuhkan';
// a device after 'dari') took it to kind 100%, name 97.4%, institution 86.8%, missing 96.1%, request
// 96.1% (overall 97.1%). Two of its labels follow another convention than the earlier batches (a
// unit with its parent, "Bagian ... Setda", kept whole; a student body's university) and stay missed.
// Set "fresh5" (88 mails, corpus_fresh5.py, 2026-12-04, seventh session): blind, by a third author;
// four name labels aligned to the corpus's rule (a title written before the name is kept) before
// measuring. At first sight: kind 86.4%, name 92.0%, institution 79.5%, missing 83.0%, rating 96.6%,
// language 100%, ticket_ref 100%, request 92.0% (overall 91.2%) - the third author's habits cost as
// much as the second's. Rules for the classes it showed (complaints by what they report: an error
// found in published data, a broken website, no news, asked again, a suggestion offered; an
// out-of-office that says it is automatic; ratings in number words and a lone number; a question
// about being served is no need; an emoji is no name), then institution classes (a letter's
// letterhead; an organisation that is the subject of the need; "Kami, PT ..."; an occupation before
// "di"; a newsroom before a bracket; a Balinese customary office after a name; a degree in capitals;
// a counterpart's university is not the writer's, the university nearest the unit is; a first name
// and the whole name below it; an English clause after a lower-case head; a university's city or
// campus; a forwarder who introduces themself; words between "dari" and the organisation; a status
// sentence asks nothing; a new request citing a ticket) took it to kind 100%, name 98.9%,
// institution 96.6%, missing 98.9%, rating 100%, request 100% (fresh4: name 98.7%, institution
// 90.8%, missing 98.7%, request 100%). Two more labels were aligned to the title rule after
// measuring (314, 338: misses at first sight either way). Left: 301 (a village head's office read
// from the letterhead, labelled by the body's "Pemerintah Desa"), 309, 326.
// Set "fresh6" (86 mails, corpus_fresh6.py, seventh session): blind, by a fourth author, written after
// all the rules above; two signed auto-replies aligned to the corpus's rule (no name) before measuring.
// At first sight: kind 93.0%, name 97.7%, institution 79.1%, missing 90.7%, rating 98.8%, language
// 100%, ticket_ref 98.8%, request 91.9% (overall 93.8%, against 90.8% and 91.2% for fresh4 and fresh5
// at first sight: the names generalised, the institutions still do not). Rules for its classes (a
// rating states no request; complaints across wrapped lines and in English suggestions; a ticket in
// the subject; "ke BPS" alone; midwives' and pastors' titles; a role before "di"; a camel-case
// newsroom; "With many thanks"; the organisation as signed; English campus units; acronyms of
// agencies; "kerja sama dengan" and partners are someone else's; a role line; "PPN/Bappenas") took it
// to kind 98.8%, name 100%, institution 95.3%, missing 95.3%, request 96.5%.
// Eighth session (2026-12-05): classes found by probing with mails written for the purpose, not by
// the batches' misses (an organisation in brackets after a name; a name and an organisation on one
// signature line; a university's name running past the window; universities of other languages and
// compounds; heads that end a name, "Lowy Institute"; an institute above its university; an acronym
// under the name; where one lives; "Sehubungan dengan"; lists a sentence introduces; a subject's
// topic; whom to contact) moved the batches' remaining misses too: fresh4 institution 94.7%, fresh5
// 97.7%, fresh6 kind 98.8%, institution 98.8%, missing 98.8%, request 98.8%.
// Set "fresh7" (87 mails, corpus_fresh7.py, eighth session): blind, by a fifth author, written after
// the eighth session's rules; ten replies on a ticket aligned to kind "reply" before measuring. At
// first sight: kind 96.6%, name 95.4%, institution 87.4%, missing 93.1%, rating 100%, language 100%,
// ticket_ref 98.9%, request 95.4% (overall 95.9%, against 90.8%, 91.2% and 93.8% for fresh4-6 at
// first sight). Not tuned on then; under the floors since the ninth session tuned on it.
// Ninth session (2026-12-05): rules for fresh7's classes and for classes found by probing (titles with
// a dot, an office's field list, roles before "di", community and religious bodies, English role
// phrases, apposition, denied organisations, lower-case names before study words) took fresh7 to
// kind 98.9%, name 100%, institution 97.7%, missing 97.7%.
// Set "fresh8" (87 mails, corpus_fresh8.py, ninth session): blind, by a sixth author, written during
// the session; measured with the session's rules before any change it prompted, at first sight:
// kind 96.6%, name 95.4%, institution 80.5%, missing 87.4%, rating 98.9%, language 100%,
// ticket_ref 98.9%, request 98.9% (overall 94.6%). Not under the floors. Rules for its classes the same
// session (campuses as a lexicon, an office at work opening its sentence, a firm's bracket that is no
// acronym's expansion, a sign-off past "ttd." and without its copy list, a site's name under a role
// line, name particles, "Resort & Spa", MTsN, announcers, a town one works in, "empat dari lima", a
// counter complaint) took it to kind 98.9%, name 97.7%, institution 94.3%, missing 96.6%, rating 100%.
// Tenth session (2026-12-05): a status question that says no answer came is a reply (fresh7 530, fresh8
// 615); an auto-reply with its own subject cites no ticket by thread headers (550, 643); vague "bisa
// dibantu?" about data in general; unlisted sign-offs; a colleague's workplace; regional agencies' new
// acronyms; a relative's work is not the writer's (probing).
// Set "fresh9" (89 mails, corpus_fresh9.py, tenth session): blind, by a seventh author, written during
// the session; measured with the session's rules before any change it prompted, at first sight:
// kind 93.3%, name 88.8%, institution 78.7%, missing 87.6%, rating 95.5%, language 100%, ticket_ref
// 100%, request 94.4% (overall 92.3%; with the session's start build: institution 77.5%, missing 86.5%,
// ticket_ref 98.9%). Rules for its classes (ticked boxes, Javanese number words and the scale's ends in
// words for ratings; complaints of a fix after a check, of harm, of a fee; a call asked for; Manado
// "kita"; "saya sendiri, <name>"; a subject "a.n. <name> (<organisation>)"; lower-case names before a
// comma or a post; a student's term; streets; roles between bars; bracketed acronyms; kindergartens,
// pasraman, "KU Leuven"; an office's section copied whole with its office, as the issue says, three
// earlier labels of our own relabelled to it; posts before an organisation in apposition; "Dengan
// hormat," or "Sehubungan dengan ...," before an office at work; "Gek"; "Yang benar: <name>"; a
// signature's section line whole) took it to kind 100%, name 98.9%, institution 92.1%, missing 97.8%,
// request 98.9%. fresh8 and fresh9 are under the floors since.
// Eleventh session (2026-12-05): probing and fresh9's leftovers (a military rank with its corps; a reply
// answering our form line by line; an acronym's expansion without brackets; a role before the name; a
// body ending with its country under a signature's role line) took fresh9 to institution 96.6%.
// Set "fresh10" (85 mails, corpus_fresh10.py, eleventh session): blind, by an eighth author, written
// during the session; four names aligned to the corpus's convention first (a title written before the
// name is kept; the author's brief had said to strip it). At first sight, with the session's rules so
// far: kind 92.9%, name 96.5%, institution 84.7%, missing 89.4%, rating 97.6%, language 100%,
// ticket_ref 100%, request 94.1% (overall 94.4%); with the session's start build kind 91.8%, name
// 95.3%, rating 96.5%, the rest the same (overall 94.0%). Rules for its classes (a wrong found and a
// remedy asked make a complaint; a wrong table sent and asked again is a reply; away where no mail
// reaches; a subject asking only whom to contact; the scale before the score and a score in our
// subject; BMKG stations, Satpol PP, foreign foundations; an owner's business; a journalist's beat; a
// one-line form; "Kami" and who we are; a degree without its last dot; a contact person; a dictionary
// word is no newsroom in lower case; an address of banjar and village; the retired; a reply sending a
// cover letter) took it to 100% on every field. fresh10 is under the floors since.
// Left: "Greetings from <organisation>" (a place reads the same), "Unsrat Manado" (a campus and its
// town; "stikes bali" keeps its place), lower-case "bpd desa gumbrih", a need restated in a reply with
// a year only.
// Set "fresh11" (80 mails, corpus_fresh11.py): blind, by a ninth author, measured at the end of the
// eleventh session and not tuned on then: kind 88.8%, name 90.0%, institution 77.5%, missing 86.2%,
// rating 96.2%, language 100%, ticket_ref 100%, request 92.5% (overall 91.4%).
// Twelfth session (2026-12-05): fresh11 and, once measured, fresh12 were the development sets; fresh13
// and fresh14 were kept blind (measured, never looked at mail by mail).
// Set "fresh12" (80 mails, corpus_fresh12.py): blind, by a tenth author, at first sight with the
// session's first rules: kind 95.0%, name 91.2%, institution 73.8%, missing 87.5%, rating 97.5%,
// language 100%, ticket_ref 100%, request 92.5% (overall 92.2%); the session's start build scored it
// the same: the fresh11 rules so far had moved nothing on it.
// Rules for the two sets' classes (a bare score answering our closure mail, an overall row; a body
// the lists do not know under the name when it names a place; em dashes spaced; the organisation
// before an English role and an acronym written out by the signature; an officer's unknown body and
// where one comes from; a unit before its university, body or next line; a "now" sentence; a memo's
// heading kept as own words; a letter's number ends a name; a mail's greeting is no closing; a
// village as its government; lower-case transitive verbs are no names (hunspell-id's di-/me- stems);
// eastern "sa pu nama", "br.", "Sr."; the Muslim closing; status and thanks sentences ask nothing; a
// new mail thanking for data is a reply; a failed channel of the service is a complaint; writing
// privately; then probing with mails written for shapes of bodies: a Satker, a kind of body in lower
// case with its name, a campus by a short name after "anak"/"mhs", "we at", a Balinese lower-case
// "i", an officer's misconduct, questions about how the service runs) took fresh11 to kind 97.5%,
// name 97.5%, institution 90.0%, missing 96.2%, request 97.5% (overall 97.3%) and fresh12 to kind
// 100%, name 97.5%, institution 92.5%, missing 97.5%, rating 100%, request 98.8% (overall 98.3%).
// Both are under the floors since.
// Set "fresh13" (80 mails, corpus_fresh13.py): blind, by an eleventh author, written during the
// session with the weight on institutions of every shape; at first sight (after the session's first
// rules): kind 96.2%, name 91.2%, institution 63.8%, missing 83.8%, rating 100%, request 95.0%, the
// rest 100% (overall 91.2%; start build 90.8%); at the session's end, never tuned on: kind 96.2%,
// name 95.0%, institution 70.0%, missing 85.0%, request 95.0% (overall 92.7%). Its institutions
// moved with the probing rules (65.0% before them), not with the two batches' own; but some probes
// were written for shapes its author's summary lists (no mail of it was read), so the first-sight
// figure is the clean estimate and this one an upper bound.
// Set "fresh14" (80 mails, corpus_fresh14.py): blind, by a twelfth author, an ordinary month's mix; at
// first sight (and with the start build): kind 93.8%, name 100%, institution 90.0%, missing 86.2%,
// request 92.5%, the rest 100% (overall 95.3%); at the session's end, never tuned on: kind 95.0%,
// request 93.8% (overall 95.6%). Neither is under the floors: fresh13's institutions are the measure
// of what the institution reader still does not generalise to.
// Set "fresh15" (60 mails, corpus_fresh15.py): blind, by a thirteenth author written at the session's
// end, whose brief asked for an ordinary mix and whose report described nothing of it; measured once
// with the final rules: kind 96.7%, name 98.3%, institution 86.7%, missing 95.0%, rating 98.3%,
// language 100%, ticket_ref 100%, request 93.3% (overall 96.0%); the session's start build 95.6%
// (institution 85.0%, missing 93.3%). Not under the floors.
// Thirteenth session (2026-12-05): three more blind batches were commissioned, their authors asked to
// report nothing of them: "fresh16" and "fresh17" (80 mails each, corpus_fresh16.py, corpus_fresh17.py) at
// the start and "fresh18" (80, corpus_fresh18.py) midway. At first sight, with the session's start build:
// fresh16 kind 96.2%, name 93.8%, institution 83.8%, missing 92.5%, request 91.2%, the rest 100% (overall
// 94.7%); fresh17 kind 98.8%, name 95.0%, institution 80.0%, missing 92.5%, request 97.5% (overall 95.5%);
// fresh18 kind 97.5%, name 97.5%, institution 87.5%, missing 90.0%, request 96.2% (overall 96.1%; the build
// of that moment 96.6%). fresh13 (its clean first sight recorded above), then fresh17, then fresh16 were
// turned into development sets; fresh14, fresh15 and fresh18 stayed blind. Rules for their classes (a body
// past a word of company, direction or agency, or a thing received, is another's; a body by its own name
// before what kind it is; a retired or a nearby body; bars in a signature; a bracketed acronym copied with
// the name; a long name's region; plurals by reduplication; regional "I" inside a name; a post with its
// area or field; "tempat saya bekerja"; a month, listed regions, a topic after "soal"; a society's
// secretariat; a village's district; capitals; letterheads with a school's number or a region line;
// state firms' "(Persero)"; new heads: RS, Panti, Credit Union, BMT, Fa., police units; sign-offs of
// regions and faiths; a subject written as a file name; status questions, how-to questions, hurrying,
// proof of payment; our three working days held against a delay) took fresh13 to kind 98.8%, name 97.5%,
// institution 88.8%, missing 96.2%, request 97.5% (overall 97.3%), fresh16 to kind 96.2%, name 97.5%,
// institution 96.2%, missing 97.5%, request 95.0% (overall 97.8%) and fresh17 to kind 100%, name 98.8%,
// institution 97.5%, missing 97.5%, request 98.8% (overall 99.1%). The three are under the floors since.
// The blind sets moved little: fresh14 95.6% -> 96.1%, fresh15 96.0% -> 96.0%, fresh18 96.1% -> 96.6%.
// Fourteenth session (2026-12-05): two more blind batches, "fresh19" and "fresh20" (80 mails each,
// corpus_fresh19.py, corpus_fresh20.py, a seventeenth and an eighteenth author who reported nothing of them). At
// first sight, with the session's start build (2d78815): fresh19 kind 97.5%, name 97.5%, institution 86.2%,
// missing 93.8%, ticket_ref 98.8%, request 97.5% (overall 96.4%); fresh20 kind 95.0%, name 97.5%, institution
// 91.2%, missing 96.2%, request 95.0% (overall 96.9%). fresh14 and fresh15, blind for two sessions, were turned
// into development sets (their start: 96.1% and 96.0%, institution 91.2% and 86.7%); fresh18, fresh19 and
// fresh20 stayed blind. Rules for their classes and for probe mails of my own wording (a body written in lower
// case, a hamlet a kelian heads, a village's name; an acronym before a body's head; a government office and
// its parent after a comma; a post in any words before "di"; a person from a village is where she lives; a
// newsroom's web address; a bar in a signature; an acronym beside a word or joined to its country; networks,
// unions and federations; "I'm <name>."; greetings from a body; "<name> from <body> here"; a form label with
// a slash; a placement, what is on offer, a sentence about a ticket state no need; a file's name with
// underscores; complaints in everyday words; out-of-office on any leave) took fresh14 to 99.1% (institution
// 100%, missing 97.5%) and fresh15 to 99.6% (institution 98.3%, missing 100%); both are under the floors now.
// The blind sets: fresh18 96.6% -> 96.7% (institution 87.5% -> 88.8%), fresh19 96.4% -> 97.3% (institution
// 86.2% -> 88.8%, missing 93.8% -> 96.2%, request 97.5% -> 98.8%), fresh20 96.9% -> 97.5% (kind 95.0% -> 96.2%,
// missing 96.2% -> 97.5%): seven of their 240 mails changed, each for the better.
// Fifteenth session (2026-12-06): two more blind batches, "fresh21" and "fresh22" (80 mails each,
// corpus_fresh21.py, corpus_fresh22.py, a nineteenth and a twentieth author who reported nothing of them). At
// first sight, with the session's start build (893d428): fresh21 kind 97.5%, name 92.5%, institution 85.0%,
// missing 95.0%, request 96.2% (overall 95.8%); fresh22 kind 97.5%, name 96.2%, institution 91.2%, missing
// 95.0%, request 96.2% (overall 97.0%). fresh18, blind for two sessions (first sight 96.6%), then fresh19 and
// fresh20 (blind for one, first sight 96.4% and 96.9%) were turned into development sets, one after the other;
// fresh21 and fresh22 stay blind. Rules for their classes and for probe mails of my own wording (a study's level
// before "di"; a unit of study alone; a numbered group of students; a unit after a comma, and a unit before one;
// the outlet a journalist reports for; "rekan kerja"; Balinese "tiang" and Banjar "ulun"; an appointment; an
// expert's field; a population's workplace; a short post after the name's comma; a protest; a passive verb after
// "saya"; a hamlet under a name; a claimed or a source's "dari"; a graduate institute; a dash in a signature; an
// English name of English words; "nama:" inside a sentence; a name in brackets or with initials; "bernama"; a
// kind of body and a year; complaints in replies; a suggestion; the identity asked for again; an automatic answer
// that says so; a firm named for what it offers) took fresh18 from 96.7% to 99.8% (institution 88.8% -> 100%,
// missing 91.2% -> 100%, kind 98.8% -> 100%), fresh19 from 97.3% to 98.8% (institution
// 88.8% -> 96.2%) and fresh20 from 97.5% to 99.4% (kind 96.2% -> 100%, institution 91.2% -> 97.5%); the three
// are under the floors now. Then probe mails of my own wording only (a name of English words, "nama:" in a
// sentence, a signature in brackets or with initials, "Nama/NIM", this office greeted by name, "<name> here
// from", joining a body, a team at a firm, no need in thanks, waiting or calling off, complaints in replies, and
// complaints as a research topic); no corpus mail changed with those. One fresh19 mail moved while fresh19 was
// still blind, for the better; none of the 160 mails of fresh21 and fresh22 moved (95.8% and 97.0% at the end as
// at first sight).
// Sixteenth session (2026-12-06): two more blind batches, "fresh23" and "fresh24" (80 mails each,
// corpus_fresh23.py, corpus_fresh24.py, a twenty-first and a twenty-second author who reported nothing of them).
// At first sight, with the session's start build (e0f3b71): fresh23 kind 96.2%, name 97.5%, institution 92.5%,
// missing 93.8%, language 98.8%, request 97.5% (overall 97.0%); fresh24 kind 96.2%, name 92.5%, institution
// 86.2%, missing 90.0%, request 97.5% (overall 95.3%). fresh21 and fresh22 (blind for one session, first sight
// 95.8% and 97.0%) were turned into development sets. Rules for their classes and for probe mails of my own
// wording (a name and a body after a comma under a closing, the identity line alone, "Warmly,"; a correction of
// what our acknowledgement wrote; a landmark past a distance, members one hands something to, adverbs after a
// possessive "saya"; a permit from a body; a village's name of three words and a place closing a body's name in
// lower case; an association's or a mission's seat; a post before "di", "tenaga ahli"; a lower-case name before a
// health worker's word, a worker asked about; a lower-case signature; a delay in chat, an unreadable scan;
// others' complaints; the service's hours and a placement in chat, a plan to come; "This is X writing"; a
// signature line that the sender's domain writes out; no answer with "juga"; a site's name ending its sentence;
// a firm by its address or after a generic kind) took fresh21 from 95.8% to 99.7% (institution 85.0% -> 98.8%,
// name 92.5% -> 98.8%) and fresh22 from 97.0% to 99.7% (institution 91.2% -> 98.8%, name 96.2% -> 100%); both are
// under the floors now. The blind sets moved with them, each changed mail for the better: fresh23 97.0% -> 97.3%
// (2 mails: institution 92.5% -> 93.8%, kind 96.2% -> 97.5%), fresh24 95.3% -> 95.9% (3 mails: name 92.5% ->
// 93.8%, institution 86.2% -> 87.5%, kind 96.2% -> 97.5%, request 97.5% -> 98.8%).
// Seventeenth session (2026-12-06): two more blind batches, "fresh25" and "fresh26" (80 mails each, a
// twenty-third and a twenty-fourth author who reported nothing of them). Their brief told them to label names
// "without academic titles", where the corpus keeps "Dr."/"H." as written, so names are compared without the
// titles before them (without_titles; no earlier set's figure moves). At first sight, with the session's start
// build (3d7f552): fresh25 kind 98.8%, name 91.2% (87.5% title-sensitive), institution 88.8%, missing 91.2%,
// language 98.8%, request 97.5% (overall 95.8%); fresh26 kind 97.5%, name 97.5% (93.8%), institution 92.5%,
// missing 91.2%, request 93.8% (overall 96.6%). fresh23 and fresh24 were turned into development sets. Rules for
// their classes and for probe mails of my own wording (a programme with its faculty and no campus; a writer's
// own earlier mail resent; suggestions made small, "next time please", a phone nobody picked up, hours not
// kept, a survey's visit and a plea; clubs, a consulate-general, an acronym inside an English name, "& Company",
// "International"; a score or a verb in capitals, a short mail's last name over its body, an address line; a
// newsroom signing by its site; an institute over its university; a village official's short title in lower
// case; a department after a signed name; a client one helps; a village after a trade; a radio's frequency; a
// body in lower case signed in capitals; "saya atas nama", "I, X,", "X of Y"; calls and partnerships with no
// data; where to send the data and the request already made, in replies; a role over a field before a
// signature's separator; a nickname with the whole name signed below) took fresh23 from 97.3% to 99.4%
// (institution 93.8% -> 97.5%, missing 93.8% -> 100%) and fresh24 from 95.9% to 99.5% (institution 87.5% ->
// 98.8%, name 93.8% -> 98.8%); both are under the floors now. One blind mail moved, for the better (the
// nickname rule, the session's last): fresh25 95.8% -> 95.9% (name 91.2% -> 92.5%); fresh26 ends as it began.
// Eighteenth session (2026-12-06): two more blind batches, "fresh27" and "fresh28" (80 mails each, a
// twenty-fifth and a twenty-sixth author who reported nothing of them; their brief copied the corpus's labels,
// titles kept). At first sight, with the session's start build (836bea6): fresh27 kind 98.8%, name 96.2%,
// institution 95.0%, missing 93.8%, language 98.8%, request 97.5% (overall 97.5%); fresh28 kind 97.5%, name
// 96.2%, institution 97.5%, missing 98.8%, rating 98.8%, ticket_ref 98.8%, request 98.8% (overall 98.3%); the
// same title-sensitive. fresh25 and fresh26 were turned into development sets. Rules for their classes (a
// colleague resending a letter sent to BPS; a unit named after a field that is a kind of body; a degree's
// programme alone; a campus's research group or committee; contact lines set out with bars; a ministry's office
// in a letterhead; vertical offices in the regions; a subject in parts or with the writer's own tag; Muslim name
// words written short; "saya sendiri X", "saya yang bernama X", "nama ... saya: X"; verbs of coming and staying;
// a village enterprise as a kind; a role and its field before a comma; a programme over an unlisted body; a body
// opening the letter about to act; a table's rows; questions of procedure, fee, what lacks or what exists; our
// day count and a chat never answered) took fresh25 from 95.9% to 99.1% (institution 88.8% -> 98.8%, name 92.5%
// -> 97.5%) and fresh26 from 96.6% to 99.2% (institution 92.5% -> 98.8%, request 93.8% -> 98.8%); both are under
// the floors now. No blind mail changed; five earlier sets each gained a mail.
// Two more blind batches, "fresh29" and "fresh30" (a twenty-seventh and a twenty-eighth author), were written
// while the session ran and measured once, never read, with its build at c265459: fresh29 kind 97.5%, name 97.5%,
// institution 90.0%, missing 95.0%, request 96.2% (overall 97.0%); fresh30 kind 96.2%, name 98.8%, institution
// 93.8%, missing 93.8%, request 95.0% (overall 97.2%); the session's start build read them at 97.0% and 97.0%.
// fresh27 and fresh28 were then turned into development sets; rules for their classes (a Batak woman's "br.";
// Papuan "sa"; "nama X" after a comma; a rank's "(Purn.)"; a letter resent from its own address by a colleague;
// not yet knowing what data, or anything at all; a plea for how things should be done from now on; a download link
// expired; "my home institution is X"; another system's case number in our subject) took fresh27 from 97.5% to
// 99.1% (institution 95.0% -> 97.5%, name 96.2% -> 100%) and fresh28 from 98.3% to 99.2%. They
// changed no mail of fresh29 or fresh30. fresh25 to fresh28 are under the floors now.
// Nineteenth session (2026-12-06): "fresh31" and "fresh32" (a twenty-ninth and a thirtieth author), written blind
// at the session's start and measured once, never read, with the start build 31b25e3: fresh31 kind 100%, name
// 97.5%, institution 95.0%, missing 98.8%, rating 98.8%, language 98.8%, request 100% (overall 98.6%); fresh32 kind
// 98.8%, name 97.5%, institution 97.5%, missing 95.0%, request 97.5% (overall 98.3%). fresh29 and fresh30 became
// development sets; rules for their classes (a mission's seat after its rank; a business co-owned; a village's
// government after its letterhead; a post after an honorific is another's; a signature's word or "The ..." line
// the sender's domain writes out; a post's title and "Tata Usaha" no name; a trade in capitals; chat's short
// words; "my affiliation is X, not Y"; a spelling or a colleague to copy asks no data; a letter photographed;
// complaints: a suggestion in English, a ticket closed with nothing, a plea to mend the service or its system,
// a fee asked for; what to bring, what sort of information; an acronym written out in the letter) took them
// from 97.0% and 97.2% to 100% and 100%, then probes of the session's own wording added a few (English's "I'd
// like", "I want"; a preposition before "statistics" names no subject; an out-of-office under a topic subject;
// an empty file, another regency's data, a server's error; "Kelian Dinas"; an English possessive; a signature
// line "Name, Role Body"; a closing that ends the text's last line; pesantren "ana"; a letter's "Ttd," before the
// name). At the session's end fresh31 read
// 98.6% and fresh32 98.6% (name 98.8%, missing 96.2%: one mail better, none worse); all 2,560 mails 99.48%.
// Twentieth session (2026-12-06): "fresh33" and "fresh34" (a thirty-first and a thirty-second author), written blind
// at the session's start and measured once, never read, with the start build da4ec46: fresh33 kind 97.5%, name
// 97.5%, institution 92.5%, missing 96.2%, request 98.8%, rest 100% (overall 97.8%); fresh34 kind 97.5%, name
// 98.8%, institution 95.0%, missing 97.5%, request 97.5%, rest 100% (overall 98.3%).
// "fresh35" and "fresh36" (a thirty-third and a thirty-fourth author), written blind in the middle of the session,
// measured once, never read: with the start build da4ec46 fresh35 kind 96.2%, name 100%, institution 96.2%,
// missing 97.5%, request 95.0%, rest 100% (overall 98.1%); fresh36 kind 95.0%, name 100%, institution 91.2%,
// missing 98.8%, request 95.0%, rest 100% (overall 97.5%); the session's rules up to f4edafb (from fresh31/32 and
// probes) read every one of their 160 mails the same.
// fresh31 and fresh32 became development sets (rules for their classes: memper-/diper- verb forms, a region's word
// in lower case, a contact line "Body | trade", a body one is sent to work at, a co-founder's business, sign-offs
// from abroad, a university's department in another language, a campus's institute before its university, the
// website down in English, a reply's own words deciding its language, a file sent for a requirement asked): 98.6%
// and 98.6% -> 99.8% and 100%. Then fresh33 and fresh34 (after fresh35/36 were written): a kind of body in lower
// case before its name, "with" after a thing, a personal request, years after a question's comma, a certificate
// expired, an out-of-office not reading its mail, chat's "ga dibales", a news portal, other data than asked a
// second time: 98.1% and 98.3% -> 99.5% and 99.4%. No development mail got worse (43 fields better); fresh35/36,
// blind, read the same at the end (all 2,880 mails 99.50%, 99.31% with the start build).
// Twenty-first session (2026-12-06): "fresh37" and "fresh38" (a thirty-fifth and a thirty-sixth author), written
// blind at the session's start and measured once, never read, with the start build ecab49a: fresh37 kind 98.8%,
// name 97.5%, institution 97.5%, missing 98.8%, rest 100% (overall 99.1%); fresh38 kind 97.5%, name 98.8%,
// institution 98.8%, request 97.5%, rest 100% (overall 99.1%).
// "fresh39" and "fresh40" (a thirty-seventh and a thirty-eighth author), written blind in the middle of the session,
// measured once, never read, with the start build ecab49a and with c5bca76 (after the session's rules from fresh35/36
// and probes) alike: fresh39 kind 96.2%, name 100%, institution 97.5%, missing 97.5%, rating 98.8%, request 97.5%,
// rest 100% (overall 98.4%); fresh40 kind 100%, name 97.5%, institution 96.2%, missing 98.8%, ticket_ref 98.8%,
// request 97.5%, rest 100% (overall 98.6%). The session's rules up to c5bca76 read every mail of fresh37 to fresh40
// the same; fresh37 and fresh38 became development sets after that.
// Rules from fresh35-38 (complaints of figures that differ between two of our sources, of our mail sent again, of a
// rule held convoluted or asked to be reconsidered, displeasure said outright; a technical course or a holiday
// closure is away; a phone contact or "data-data" of a place asks nothing; a subject's need beside a ticket cited
// is a reply; a field of study after a campus acronym; a foreign university's lower-case word; "Data" inside a
// name; a kind of body after a nationality; "Mau" ending a name; capitals and this office; a sign-off over a full
// signature; "managing partner"; "Dengan hormat, Pengurus ... sedang ...") took fresh35 98.1% -> 99.8%, fresh36
// 97.5% -> 99.8%, fresh37 99.1% -> 100%, fresh38 99.1% -> 100%, with no development mail worse.
// "fresh41" and "fresh42" (a thirty-ninth and a fortieth author), written blind near the session's end, measured
// once, never read: with the end build fresh41 name 100%, institution 92.5%, missing 97.5%, language 98.8%, request
// 97.5%, rest 100% (overall 98.3%; the start build ecab49a 98.1%, one request field fewer); fresh42 100% in every
// field with both builds. fresh39/40 read the same at the end as at first sight. After that, with no rule written
// any more, a diff of parse outputs showed the outputs (not the labels) of nine fresh41 mails (3201-3209): count
// fresh41 as partly seen; fresh39, fresh40 and fresh42 were never read.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

#include "parsers/analyse.h"
#include "parsers/mime_decode.h"
#include "parsers/parsed_mail_json.h"

namespace pst {
namespace {

const std::string kDir = std::string(PSTMAIL_SOURCE_DIR) + "/tests/parsers/corpus/";
// Sets still kept blind (measured at first sight, not yet read): their misses are counted in the table but not
// listed, since a file's name describes its mail. A session that turns them into development sets empties this.
const std::set<std::string> kKeptBlind = {"fresh39", "fresh40", "fresh41", "fresh42"};

constexpr std::array<const char*, 8> kFields = {"kind",     "name",       "institution", "missing",
                                                "rating",   "language",   "ticket_ref",  "request"};
// Floors under the first-sight held-back numbers above (not today's tuned 100%), so a real regression
// fails but a different honest corpus would still pass.
const std::map<std::string, double> kMin = {{"kind", 0.95},     {"name", 0.85},     {"institution", 0.85},
                                            {"missing", 0.85},  {"rating", 0.95},   {"language", 0.95},
                                            {"ticket_ref", 0.95}, {"request", 0.85}};

std::string norm(const nlohmann::json& v) {
  if (v.is_null()) return "<null>";
  std::string s = v.get<std::string>(), out;
  bool space = false;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += static_cast<char>(std::tolower(u));
    } else {
      space = true;
    }
  }
  return out;
}

// A name compared without the titles written before it ("Dr.", "Drs.", "H.", "Prof. Dr. Ir."): the corpus keeps
// them as written, and fresh25/fresh26 were labelled without them (their authors were told "without academic
// titles"). A title is no part of who the writer is, so either way counts as the same name.
std::string without_titles(std::string normalised) {
  static const std::set<std::string> kTitles = {"prof", "dr", "drs", "dra", "ir", "h", "hj", "drg", "drh",
                                                "ns", "kh", "pdt", "apt", "ust", "eng", "rr"};
  for (;;) {
    const std::size_t sp = normalised.find(' ');
    if (sp == std::string::npos || !kTitles.count(normalised.substr(0, sp))) return normalised;
    normalised.erase(0, sp + 1);
  }
}

nlohmann::json sorted(nlohmann::json a) {
  std::vector<std::string> v = a.get<std::vector<std::string>>();
  std::sort(v.begin(), v.end());
  return v;
}

struct Score {
  int n = 0;
  std::map<std::string, int> ok;
};

// The comparison itself: titles before a name go, a name is never emptied, a title inside it stays.
TEST(Corpus, NamesCompareWithoutTheTitlesBeforeThem) {
  EXPECT_EQ(without_titles(norm("Prof. Dr. Ir. Endang Sri Rahayu")), "endang sri rahayu");
  EXPECT_EQ(without_titles(norm("H. Ahmad Zainuri")), without_titles(norm("Ahmad Zainuri")));
  EXPECT_EQ(without_titles(norm("Hj")), "hj");
  EXPECT_EQ(without_titles(norm("Siti Aminah binti H. Abdullah")), "siti aminah binti h abdullah");
  EXPECT_NE(without_titles(norm("Dr. Retno Wulandari")), without_titles(norm("Retno Wulan")));
}

// A file that is malformed must be so on purpose and say so in its name (issue 20: DSN files
// without the blank line after the header passed here but real servers refused to store them).
TEST(Corpus, EveryMailHasAWellFormedHeaderUnlessNamedMalformed) {
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kDir)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".eml" || name.find("malformed") != std::string::npos) continue;
    std::ifstream f(entry.path(), std::ios::binary);
    const std::string raw((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    ++checked;
    std::size_t start = 0;
    bool ended = false;
    while (start < raw.size()) {
      std::size_t end = raw.find('\n', start);
      if (end == std::string::npos) end = raw.size();
      std::string line = raw.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      start = end + 1;
      if (line.empty()) {
        ended = true;
        break;
      }
      if (line[0] == ' ' || line[0] == '\t') continue;
      const std::size_t colon = line.find(':');
      bool field = colon != std::string::npos && colon > 0;
      for (std::size_t i = 0; field && i < colon; ++i) field = line[i] > 32 && line[i] < 127;
      EXPECT_TRUE(field) << name << ": not a header field before the blank line: " << line;
      if (!field) break;
    }
    EXPECT_TRUE(ended) << name << ": no blank line between header and body";
  }
  EXPECT_GT(checked, 100);
}

TEST(Corpus, AccuracyPerField) {
  std::ifstream lf(kDir + "labels.json");
  ASSERT_TRUE(lf) << kDir << "labels.json";
  nlohmann::json labels = nlohmann::json::parse(lf);
  std::map<std::string, Score> scores;  // "tuned", "heldback", "all"
  MimeLimits limits;
  for (auto& [file, want] : labels.items()) {
    std::ifstream f(kDir + file, std::ios::binary);
    ASSERT_TRUE(f) << file;
    std::string raw((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    ParsedMail p = analyse(decode_mail(raw, limits));
    const auto j = nlohmann::ordered_json::parse(parsed_mail_json(p));
    nlohmann::json got = {{"kind", j["kind"]},
                          {"name", j["requester"]["name"]},
                          {"institution", j["requester"]["institution"]},
                          {"missing", sorted(j["missing"])},
                          {"rating", j["rating"]},
                          {"language", j["language"]},
                          {"ticket_ref", j["ticket_ref"]},
                          {"request", !j["request"].is_null()}};
    std::string set = want.value("set", "tuned");
    for (const std::string& s : {set, std::string("all")}) ++scores[s].n;
    std::string misses;
    for (const char* field : kFields) {
      nlohmann::json g = got[field], w = want[field];
      bool ok;
      if (std::string(field) == "name") ok = without_titles(norm(g)) == without_titles(norm(w));
      else if (std::string(field) == "institution") ok = norm(g) == norm(w);
      else if (std::string(field) == "missing") ok = g == sorted(w);
      else if (std::string(field) == "rating") ok = (g.is_null() && w.is_null()) ||
                                                    (!g.is_null() && !w.is_null() && g.get<double>() == w.get<double>());
      else ok = g == w;
      if (ok) {
        for (const std::string& s : {set, std::string("all")}) ++scores[s].ok[field];
      } else {
        misses += "\n    " + std::string(field) + ": got " + g.dump() + ", want " + w.dump();
      }
    }
    if (!misses.empty() && kKeptBlind.count(set) == 0)
      std::printf("  %s [%s]%s\n", file.c_str(), set.c_str(), misses.c_str());
  }
  std::printf("\n%-10s %5s", "set", "mails");
  for (const char* f : kFields) std::printf(" %11s", f);
  std::printf("\n");
  for (const auto& [s, sc] : scores) {
    std::printf("%-10s %5d", s.c_str(), sc.n);
    for (const char* f : kFields) {
      auto it = sc.ok.find(f);
      std::printf(" %10.1f%%", sc.n ? 100.0 * (it == sc.ok.end() ? 0 : it->second) / sc.n : 0.0);
    }
    std::printf("\n");
  }
  EXPECT_GE(scores["all"].n, 100);
  EXPECT_GE(scores["heldback"].n, 25);
  for (const char* s : {"tuned", "heldback", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
                        "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
                        "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25",
                        "fresh26", "fresh27", "fresh28"}) {
    const Score& sc = scores[s];
    for (const char* f : kFields) {
      auto it = sc.ok.find(f);
      double acc = sc.n ? static_cast<double>(it == sc.ok.end() ? 0 : it->second) / sc.n : 0.0;
      EXPECT_GE(acc, kMin.at(f)) << s << " " << f;
    }
  }
}

}  // namespace
}  // namespace pst
