#C1 DIRECT_QUOTE ASSERTED
#C2 MIXED ASSERTED
#C3 MIXED ASSERTED
#C4 INDIRECT ASSERTED
#C5 UNATTRIBUTED HEDGED
#C6 INDIRECT ASSERTED
#C7 DIRECT_QUOTE ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
#F4 UNATTRIBUTED ASSERTED
#F5 UNATTRIBUTED ASSERTED
[[Malmö|ORGANIZATION]] Pull Clear as [[Göteborg|ORGANIZATION]] Stumble at Home

By [[Elin Sandberg|PERSON]]

[[STOCKHOLM|LOCATION]], [[April 14|DATE]] ([[TT|ORGANIZATION]]) - {F1|[[Malmö|ORGANIZATION]] moved [[two|QUANTITY]] points clear at the top of [[Allsvenskan|ORGANIZATION]] on [[Sunday|DATE]] with a 3-0 win over [[Halmstad|ORGANIZATION]], while [[IFK Göteborg|ORGANIZATION]] slipped to a second home defeat in a week against [[Norrköping|ORGANIZATION]]}.

[[ALLSVENSKAN|ORGANIZATION]], ROUND 4 (home team first)
[[Malmö FF|ORGANIZATION]]          3-0   [[Halmstads BK|ORGANIZATION]]
[[IFK Göteborg|ORGANIZATION]]      1-2   [[IFK Norrköping|ORGANIZATION]]
[[Djurgården|ORGANIZATION]]        1-1   [[Mjällby AIF|ORGANIZATION]]
[[Hammarby|ORGANIZATION]]          2-2   [[BK Häcken|ORGANIZATION]]
[[IF Elfsborg|ORGANIZATION]]       0-1   [[AIK|ORGANIZATION]]

STANDINGS           P  W  D  L  GD  Pts
1 [[Malmö FF|ORGANIZATION]]         4  3  1  0  +8   10
2 [[AIK|ORGANIZATION]]              4  2  2  0  +3    8
3 [[Hammarby|ORGANIZATION]]         4  2  1  1  +2    7
4 [[IFK Norrköping|ORGANIZATION]]   4  2  1  1  +1    7
5 [[Djurgården|ORGANIZATION]]       4  1  3  0  +2    6

{F2|[[Malmö|ORGANIZATION]] were ahead inside [[12|QUANTITY]] minutes at [[Eleda Stadion|LOCATION]]} when [[Samuel Adjei|PERSON]] turned in a low cross from [[Viktor Nyqvist|PERSON]], and the Ghanaian striker added a second before half-time. Substitute [[Emil Rask|PERSON]] completed the scoring in the 81st minute.

"{C1|We played the way we wanted to for [[90|QUANTITY]] minutes}," {S1|[[Malmö|ORGANIZATION]] coach [[Jonas Ekholm|PERSON]]} {U1|said}. {C2|It was}, as {S2|[[Ekholm|PERSON]]} {U2|put it}, {C2|"one of those afternoons when everything you try comes off"}.

{S3|[[Göteborg|ORGANIZATION]]'s coach, [[Mikael Stenlund|PERSON]]}, who was appointed in [[January|DATE]] after the club narrowly avoided relegation, {U3|conceded} that {C3|his side had been "too slow and too predictable" before the break}. {F3|[[Norrköping|ORGANIZATION]]'s winner came from a penalty [[ten|QUANTITY]] minutes from time}, awarded for handball against defender [[Anton Järvinen|PERSON]].

{C4|The attendance at [[Gamla Ullevi|LOCATION]] was [[14,210|QUANTITY]], the lowest for a league game there since [[2019|DATE]]}, {U4|according to} {S4|the club}.

{C5|[[Adjei|PERSON]] is understood to be attracting interest from clubs in [[Germany|LOCATION]] and [[Belgium|LOCATION]]}.

{S6|The [[Swedish Football Association|ORGANIZATION]]} {U6|said} on [[Monday|DATE]] that {C6|it would review the refereeing decisions in [[Gothenburg|LOCATION]]} after a complaint from [[Göteborg|ORGANIZATION]].

In [[Borås|LOCATION]], {F4|[[AIK|ORGANIZATION]] stayed unbeaten thanks to a header from [[Leo Sandin|PERSON]] [[eight|QUANTITY]] minutes after the interval}, while {F5|[[Hammarby|ORGANIZATION]] and [[Häcken|ORGANIZATION]] shared [[four|QUANTITY]] goals at [[Tele2 Arena|LOCATION]]}.

"{C7|The title is won in [[November|DATE]]}," {U7|said} {S7|[[AIK|ORGANIZATION]] captain [[Rasmus Lindgren|PERSON]]}. "{C7|But it is better to be up there than chasing}."

[[Malmö|ORGANIZATION]] host [[Hammarby|ORGANIZATION]] [[next Sunday|DATE]].
