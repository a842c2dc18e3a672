#C1 INDIRECT ASSERTED
#C2 MIXED ASSERTED
#C3 MIXED ASSERTED
#C4 INDIRECT ASSERTED
#C5 UNATTRIBUTED HEDGED
#C6 INDIRECT ASSERTED
#C7 INDIRECT ASSERTED
#C8 DIRECT_QUOTE ASSERTED
#C9 INDIRECT ASSERTED
#F1 UNATTRIBUTED ASSERTED
#F2 UNATTRIBUTED ASSERTED
#F3 UNATTRIBUTED ASSERTED
#F4 UNATTRIBUTED ASSERTED
Votation : les Suisses rejettent l'initiative sur les loyers

[[BERNE|LOCATION]], [[28 septembre|DATE]] ([[Keystone-ATS|ORGANIZATION]]) - {C1|Les Suisses ont rejeté [[dimanche|DATE]] l'initiative populaire « Pour des loyers abordables » par [[54,3|QUANTITY]] % des voix}, {U1|d'après} {S1|les résultats provisoires publiés par la [[Chancellerie fédérale|ORGANIZATION]]}. {F1|La participation s'est élevée à [[46|QUANTITY]] %}.

Résultats dans les plus grands cantons (oui / non) :
[[Zurich|LOCATION]]      44,1 %   55,9 %
[[Berne|LOCATION]]       41,8 %   58,2 %
[[Vaud|LOCATION]]        56,7 %   43,3 %
[[Genève|LOCATION]]      61,2 %   38,8 %
[[Argovie|LOCATION]]     37,5 %   62,5 %

{F2|Seuls [[quatre|QUANTITY]] cantons, tous romands, ont accepté le texte}. {S2|Le [[Parti socialiste|ORGANIZATION]] ([[PS|ORGANIZATION]])}, qui soutenait l'initiative avec l'[[Association suisse des locataires|ORGANIZATION]] ([[Asloca|ORGANIZATION]]), {U2|a estimé} que {C2|le fossé entre la [[Suisse romande|LOCATION]] et la [[Suisse alémanique|LOCATION]] était « plus profond que jamais » sur le logement}.

{S3|L'[[UDC|ORGANIZATION]]} {U3|a qualifié} {C3|le résultat de « vote de raison »}. {S4|Le [[Conseil fédéral|ORGANIZATION]]}, qui recommandait le rejet, {U4|a promis} {C4|de présenter d'ici à l'automne des mesures contre la pénurie de logements}.

{U6|Selon} {S6|l'[[Office fédéral du logement|ORGANIZATION]]}, {C6|les loyers ont augmenté de [[5,8|QUANTITY]] % en [[deux|QUANTITY]] ans}. {F3|Un [[trois|QUANTITY]]-pièces se loue en moyenne [[2'400|QUANTITY]] francs par mois à [[Genève|LOCATION]]}.

{S7|Un sondage de l'institut [[gfs.bern|ORGANIZATION]] publié début [[septembre|DATE]]} {U7|prédisait} {C7|un résultat plus serré}.

« {C8|Je paie [[la moitié|QUANTITY]] de mon salaire pour mon appartement} », {U8|a témoigné} {S8|[[Léa Dubois|PERSON]], une infirmière lausannoise}, venue suivre les résultats à [[Lausanne|LOCATION]].

{S9|Le président de l'[[Asloca|ORGANIZATION]], [[Marc Favre|PERSON]]}, {U9|a annoncé} que {C9|l'association proposerait un contre-projet cantonal dans les prochaines semaines}. {C5|Une nouvelle initiative serait déjà en préparation à [[Genève|LOCATION]]}.

{F4|Depuis [[1848|DATE]], les électeurs suisses se sont prononcés sur [[près de 700|QUANTITY]] objets lors de votations fédérales}, dont une petite partie seulement a été acceptée.
