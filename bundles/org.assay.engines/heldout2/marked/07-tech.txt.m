#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT UNCERTAIN
#C4 MIXED ASSERTED
#C5 INDIRECT DENIED
#C6 INDIRECT ASSERTED
Chipmaker Bets on India Plant

[[BENGALURU|LOCATION]] ([[Bloomberg|ORGANIZATION]]) -- {C1|[[Taiwan|LOCATION]]'s [[Nanotek Semiconductor|ORGANIZATION]] plans to invest [[$2.1 billion|QUANTITY]] in a chip packaging plant in [[Karnataka|LOCATION]]}, {S1|the state's industries minister, [[M. B. Patil|PERSON]]}, {U1|announced} on [[Monday|DATE]].

{S2|He} {U2|said} {C2|the plant would employ [[about 3,500|QUANTITY]] people when it opens in [[2027|DATE]]}.

{S3|Analysts at [[Jefferies|ORGANIZATION]]} {U3|wrote} in a note that {C3|the project could help [[India|LOCATION]] capture a larger share of the global supply chain}.

{S4|[[Nanotek|ORGANIZATION]] chairman [[Lin Wei-chen|PERSON]]} {U4|described} {C4|the investment as "the first step of a long journey"}.

{S5|The company} {U5|rejected} reports that {C5|it had been offered [[$500 million|QUANTITY]] in subsidies}, but {S6|a person close to the talks} {U6|said} {C6|tax breaks had been discussed}.
