#C1 INDIRECT ASSERTED
#C2 INDIRECT ASSERTED
#C3 UNATTRIBUTED HEDGED
#C4 INDIRECT ASSERTED
#C5 INDIRECT ASSERTED
#C6 DIRECT_QUOTE ASSERTED
#C7 DIRECT_QUOTE ASSERTED
#C8 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
EXPLAINER: Why [[Chiang Mai|LOCATION]] Is Choking Again

By [[Nattaya Srisuk|PERSON]]

[[BANGKOK|LOCATION]], [[March 18|DATE]] - {F3|Smoke has hung over northern [[Thailand|LOCATION]] for [[three|QUANTITY]] weeks}. Here is what we know.

HOW BAD IS IT?
{C1|[[Chiang Mai|LOCATION]] had the worst air of any large city in the world on [[six|QUANTITY]] days [[this month|DATE]]}, {U1|according to} {S1|[[IQAir|ORGANIZATION]], a Swiss company that collects readings from monitoring stations}. {F1|Hospitals in the province treated [[more than 9,000|QUANTITY]] people for breathing problems [[last week|DATE]]}.

WHAT CAUSES IT?
- Crop burning in northern [[Thailand|LOCATION]], [[Myanmar|LOCATION]] and [[Laos|LOCATION]], mostly of maize stubble after the harvest.
- Forest fires, many of them set to clear land or to make wild mushrooms easier to find.
- Still air trapped by the mountains around the city in the dry season.
- Hotspots: {S2|satellites operated by the [[Geo-Informatics and Space Technology Development Agency|ORGANIZATION]] ([[GISTDA|ORGANIZATION]])} {U2|detected} {C2|[[4,120|QUANTITY]] fires across the region on [[Sunday|DATE]]}.

{C3|Much of the maize is believed to end up as animal feed sold by large agribusiness groups}.

WHAT IS THE GOVERNMENT DOING?
{S4|The [[Pollution Control Department|ORGANIZATION]]} {U4|said} {C4|it had asked offices in [[Chiang Mai|LOCATION]] and [[Lampang|LOCATION]] to let staff work from home}, and {S5|the [[Ministry of Public Health|ORGANIZATION]]} {U5|said} {C5|it had handed out [[about 500,000|QUANTITY]] masks}.

"{C6|We close the windows, we run the purifier, and the children still cough all night}," {U6|said} {S6|[[Ploy Chaiwong|PERSON]]}, a mother of [[two|QUANTITY]] in the city's old quarter.

IS IT GETTING BETTER?
Not quickly. {S7|[[Somporn Kittikul|PERSON]]}, who studies air pollution at [[Chiang Mai University|ORGANIZATION]], {U7|put it} bluntly: "{C7|Every year we hope for early rain}." {S8|Her team} {U8|estimates} that {C8|smoke shortens the lives of people in the north by [[about four|QUANTITY]] years}.

{F2|[[Thailand|LOCATION]] and its neighbours signed an [[ASEAN|ORGANIZATION]] agreement on cross-border haze in [[2002|DATE]], but fire counts have risen in [[four|QUANTITY]] of the past [[five|QUANTITY]] years}.
