#C1 DIRECT_QUOTE ASSERTED
#C2 INDIRECT ASSERTED
#C3 INDIRECT ASSERTED
#C4 UNATTRIBUTED ASSERTED
Rovers Stay Top After Late Winner

[[MANCHESTER|LOCATION]], [[March 9|DATE]] - [[Blackburn Rovers|ORGANIZATION]] kept their place at the top of the Championship with a 2-1 win at [[Stockport County|ORGANIZATION]] on [[Saturday|DATE]], [[Kenji Watanabe|PERSON]] heading in the winner in stoppage time.

"{C1|The lads never stopped believing}," {S1|manager [[Dave Holloway|PERSON]]} {U1|said}. "{C1|That is what champions do}."

{S2|[[Holloway|PERSON]]} {U2|insisted} {C2|his side would not get carried away with [[nine|QUANTITY]] games left}.

Results on [[Saturday|DATE]]:
- [[Stockport County|ORGANIZATION]] 1 [[Blackburn Rovers|ORGANIZATION]] 2
- [[Leeds United|ORGANIZATION]] 0 [[Norwich City|ORGANIZATION]] 0
- [[Hull City|ORGANIZATION]] 3 [[Cardiff City|ORGANIZATION]] 1

{S3|[[Stockport|ORGANIZATION]] coach [[Ana Lima|PERSON]]} {U3|blamed} {C3|tired legs for the late collapse}.

{C4|[[Blackburn|ORGANIZATION]] lead second-placed [[Leeds|ORGANIZATION]] by [[three|QUANTITY]] points}.
