#C1 INDIRECT ASSERTED
#C2 INDIRECT HEDGED
#C3 INDIRECT ASSERTED
#C4 INDIRECT UNCERTAIN
#C5 MIXED ASSERTED
#C6 UNATTRIBUTED ASSERTED
[[Five|QUANTITY]] Things to Know About [[Portugal|LOCATION]]'s Snap Election

[[LISBON|LOCATION]] -- Voters in [[Portugal|LOCATION]] go to the polls on [[Sunday|DATE]] for the third time in [[three|QUANTITY]] years. Here is what is at stake:

* The favourite: {S1|polls} {U1|show} {C1|the centre-right [[Democratic Alliance|ORGANIZATION]] of Prime Minister [[Luís Montenegro|PERSON]] ahead with [[about 32|QUANTITY]] percent}.
* The challenger: {C6|the [[Socialist Party|ORGANIZATION]], led by [[Pedro Nuno Santos|PERSON]], trails by [[four to six|QUANTITY]] points}.
* The wildcard: {S2|the far-right [[Chega|ORGANIZATION]] party} {U2|claims} {C2|it can win [[more than 50|QUANTITY]] seats}.
* The economy: {C3|growth slowed to [[1.9|QUANTITY]] percent [[last year|DATE]]}, {U3|according to} {S3|the [[Bank of Portugal|ORGANIZATION]]}.
* The turnout: {S4|analysts} {U4|question} {C4|whether weary voters will turn out at all}.

{S5|[[Montenegro|PERSON]]} has {U5|called} {C5|the vote "a referendum on stability"}.
