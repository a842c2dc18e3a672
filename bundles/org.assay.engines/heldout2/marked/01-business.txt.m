#C1 INDIRECT ASSERTED
#C2 DIRECT_QUOTE ASSERTED
#C3 INDIRECT HEDGED
#C4 UNATTRIBUTED ASSERTED
#C5 MIXED ASSERTED
#C6 INDIRECT ASSERTED
#C7 UNATTRIBUTED ASSERTED
#C8 INDIRECT ASSERTED
STEELMAKER SHEDS JOBS AS ORDERS SLUMP

[[SHEFFIELD|LOCATION]], [[England|LOCATION]] ([[Reuters|ORGANIZATION]]) - {S1|[[Hallam Steel|ORGANIZATION]]} {U1|said} on [[Wednesday|DATE]] that {C1|it would cut [[about 400|QUANTITY]] jobs at its [[two|QUANTITY]] [[Yorkshire|LOCATION]] plants after orders from carmakers fell for a third quarter}.

"{C2|We have held on as long as we responsibly could}," {S2|chief executive [[Priya Raman|PERSON]]} {U2|told} analysts on a call. "{C2|The order book simply is not there}."

{C3|The company is reportedly in talks to sell its rail division}, {S3|two people familiar with the matter} {U3|said}, asking not to be named because the discussions are private.

{C4|Shares in the group fell [[6.2|QUANTITY]] percent in [[London|LOCATION]] trading}.

{S5|{S6|The [[Community|ORGANIZATION]] union}} {U5|called} {C5|the cuts "a hammer blow" for the region} and {U6|urged} {C6|ministers to intervene}.

{C7|Steel output in [[Britain|LOCATION]] has fallen by [[roughly a third|QUANTITY]] since [[2016|DATE]]}.

{S8|A spokesperson for the [[Department for Business and Trade|ORGANIZATION]]} {U8|said} {C8|officials were in contact with the company and stood ready to support affected workers}.
