// Common given names of the region: a name on this list needs no further sign that it is a name.
const NAMES = `
anna maria marija marta kristīne ieva inese laura līga elīna jānis andris mārtiņš edgars artūrs pēteris kārlis
agnieszka katarzyna małgorzata magdalena joanna aleksandra zofia julia piotr krzysztof tomasz paweł michał jakub
kadri kati triin liis mari kristiina tiina andres tõnu mart jaan priit margus rasmus
rūta jurgita asta aistė gintarė agnė lina jonas tomas mantas darius lukas paulius
aino sanna tuula päivi johanna emilia jukka mikko juha timo matti ville antti
ingrid astrid karin elin sara emma ida maja elsa erik lars anders johan karl nils olof oskar
ingeborg kari solveig nora sofie ole knud jens søren mette lene hanne mads
lena sophie lea hannah mia anja petra sabine katrin stefan thomas michael andreas jan peter max felix paul
анна мария елена ольга наталья ирина татьяна светлана екатерина дарья алина иван алексей дмитрий сергей андрей
olga natalia natalja irina tatjana svetlana jekaterina darja alina ivan aleksei aleksejs dmitri sergei sergejs
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/u).filter(Boolean));
