#C1 INDIRECT ASSERTED
#C2 MIXED ASSERTED
#C3 INDIRECT DENIED
#C4 UNATTRIBUTED HEDGED
#C5 MIXED ASSERTED
#C6 DIRECT_QUOTE UNCERTAIN
#C7 INDIRECT ASSERTED
#C8 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
[[Bruxelles|LOCATION]] : les négociations pour un gouvernement régional de nouveau dans l'impasse

[[BRUXELLES|LOCATION]], [[4 mars|DATE]] ([[Belga|ORGANIZATION]]) - {C1|Les négociations en vue de former un gouvernement bruxellois ont de nouveau échoué [[lundi soir|DATE]]}, {U1|a annoncé} {S1|la formatrice, [[Sophie Vandamme|PERSON]] ([[MR|ORGANIZATION]])}, [[neuf|QUANTITY]] mois après les élections régionales.

{F1|Le [[MR|ORGANIZATION]], arrivé en tête du scrutin, dispose de [[20|QUANTITY]] sièges sur [[89|QUANTITY]] au [[Parlement bruxellois|ORGANIZATION]]}.

Sièges au [[Parlement bruxellois|ORGANIZATION]] (groupe francophone) :
[[MR|ORGANIZATION]]            20
[[PS|ORGANIZATION]]            16
[[PTB|ORGANIZATION]]           15
[[Les Engagés|ORGANIZATION]]    8
[[Ecolo|ORGANIZATION]]          7
[[DéFI|ORGANIZATION]]           6

{S2|Le [[PS|ORGANIZATION]]} {U2|a accusé} {C2|les libéraux de vouloir « imposer des économies sur le dos des plus faibles »}. {U3|Selon} {S3|le quotidien [[Le Soir|ORGANIZATION]]}, {C3|les partis ne s'entendent toujours pas sur [[environ 800 millions|QUANTITY]] d'euros d'économies à trouver d'ici [[2029|DATE]]}.

{C4|Les négociateurs néerlandophones auraient proposé de réduire de [[10|QUANTITY]] % le nombre de fonctionnaires régionaux}.

{C5|La Région « vit à crédit »}, comme le {U5|résume} {S5|le politologue [[Luc Dewaele|PERSON]], de l'[[Université libre de Bruxelles|ORGANIZATION]] ([[ULB|ORGANIZATION]])}. {F2|Sa dette dépasse [[14 milliards|QUANTITY]] d'euros, soit [[près de trois|QUANTITY]] fois son budget annuel}.

« {C6|Un accord reste possible d'ici [[avril|DATE]]} », {U6|a-t-{S6|elle} assuré} [[mardi|DATE]] à la sortie d'une réunion de [[six|QUANTITY]] heures.

{F3|Faute de budget, la Région fonctionne depuis [[janvier|DATE]] avec des « douzièmes provisoires », qui limitent chaque mois ses dépenses à [[un douzième|QUANTITY]] du budget de l'année précédente}. {S8|Les syndicats des services publics bruxellois} {U8|ont annoncé} {C8|une manifestation le [[20 mars|DATE]] devant le [[Parlement bruxellois|ORGANIZATION]]}.

Au niveau fédéral, le gouvernement dirigé par [[Bart De Wever|PERSON]] ([[N-VA|ORGANIZATION]]) a été formé en [[février 2025|DATE]]. {S7|La [[Fédération des entreprises de Belgique|ORGANIZATION]] ([[FEB|ORGANIZATION]])} {U7|a appelé} {C7|les partis bruxellois à conclure un accord avant l'été}, rappelant que la capitale accueille les institutions de l'[[Union européenne|ORGANIZATION]] et de l'[[OTAN|ORGANIZATION]].
