#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 DIRECT_QUOTE ASSERTED
#C4 INDIRECT ASSERTED
#C5 INDIRECT ASSERTED
#C6 INDIRECT ASSERTED
#C7 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
#F4 UNATTRIBUTED ASSERTED
NICKEL MINER [[NUSANTARA|ORGANIZATION]] SWINGS TO PROFIT AS SMELTERS RAMP UP

[[JAKARTA|LOCATION]], [[July 29|DATE]] ([[Reuters|ORGANIZATION]]) - {F1|Indonesian nickel miner [[Nusantara Mineral|ORGANIZATION]] posted a second-quarter net profit of [[1.2 trillion|QUANTITY]] rupiah ([[$74 million|QUANTITY]]) on [[Tuesday|DATE]], reversing a loss [[a year earlier|DATE]], as higher output from its smelters in [[Sulawesi|LOCATION]] offset weaker prices}.

{F2|Shares of [[Nusantara|ORGANIZATION]] (NUSA.JK) rose as much as [[7.4|QUANTITY]]% in early trade before closing up [[5.1|QUANTITY]]%, outpacing a [[0.3|QUANTITY]]% gain in the Jakarta Composite Index}.

{C1|Revenue in the [[April-June|DATE]] quarter rose [[31|QUANTITY]]% to [[9.8 trillion|QUANTITY]] rupiah}, {S1|the company} {U1|said} in a filing to the [[Indonesia Stock Exchange|ORGANIZATION]].

{S2|The chief executive of [[Nusantara|ORGANIZATION]], [[Dewi Kusumawardani|PERSON]]}, {U2|told} analysts on a call that {C2|the company expected to ship [[about 45,000|QUANTITY]] tonnes of nickel in matte and pig iron [[this year|DATE]], up from [[38,000|QUANTITY]] tonnes in [[2024|DATE]]}.

"{C3|Demand from battery makers is still growing}," {S3|she} {U3|said}. "{C3|What slows us down is power, and we are building our own}."

{C4|[[Nusantara|ORGANIZATION]]'s cash cost per tonne fell by [[about a fifth|QUANTITY]]}, {U4|according to} {S4|[[Arif Setiawan|PERSON]], an analyst at [[Mandiri Sekuritas|ORGANIZATION]]}. {S5|[[Setiawan|PERSON]]} {U5|said} {C5|the [[two|QUANTITY]] new furnaces at [[Morowali|LOCATION]] had finally reached full capacity in [[May|DATE]]}.

[[Indonesia|LOCATION]], the world's largest nickel producer, banned exports of unprocessed ore in [[2020|DATE]] to push miners to build smelters at home.

{S6|The [[Federation of Indonesian Metal Workers' Unions|ORGANIZATION]] ([[FSPMI|ORGANIZATION]])} {U6|said} [[last week|DATE]] {C6|it would press for higher wages at smelters in [[Central Sulawesi|LOCATION]]}.

OTHER RESULTS ON TUESDAY
- {F3|[[Bahari Shipping|ORGANIZATION]] (BHRI.JK): first-half profit down [[12|QUANTITY]]% at [[410 billion|QUANTITY]] rupiah}.
- {F4|[[Sinar Semen|ORGANIZATION]]: swung to a loss of [[85 billion|QUANTITY]] rupiah on weaker building demand}.
- {S7|[[Kopi Nusa|ORGANIZATION]], the coffee chain}, {U7|said} {C7|it would open [[120|QUANTITY]] stores in [[Malaysia|LOCATION]] and [[Thailand|LOCATION]] by [[2026|DATE]]}.

(Reporting by [[Rina Wibowo|PERSON]]; Editing by [[Mark Heller|PERSON]])
