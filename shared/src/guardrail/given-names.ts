// Common given names of the region and of the countries most victims identified in it come from (Ukraine, Belarus,
// Romania, Vietnam, Nigeria), in lower case: a name on this list needs no further sign that it is a name.
const NAMES = `
anna maria marija marta kristīne ieva inese laura līga elīna dace zane ilze baiba sanita aija evija santa agnese gunta
ilona kristīna katrīna anete linda liene signe sintija jānis andris mārtiņš edgars artūrs pēteris kārlis aivars juris
guntis valdis raimonds roberts kristaps rihards dāvis
agnieszka katarzyna małgorzata magdalena joanna aleksandra zofia julia barbara ewa krystyna elżbieta teresa monika
natalia karolina paulina weronika wiktoria oliwia zuzanna hanna alicja piotr krzysztof tomasz paweł michał jakub jan
andrzej stanisław marek grzegorz adam łukasz mateusz kamil bartosz dawid szymon filip wojciech marcin dariusz rafał
kadri kati triin liis mari kristiina tiina katrin kaja merike piret helen anu kersti maarja pille reet andres tõnu
mart jaan priit margus rasmus karl martin marko tanel kristjan siim raivo toomas aivar rein urmas
rūta jurgita asta aistė gintarė agnė lina rasa eglė giedrė simona vaida indrė jolanta dalia miglė birutė gabija
jonas tomas mantas darius lukas paulius mindaugas vytautas žygimantas deividas
aino sanna tuula päivi johanna emilia eeva helmi sofia venla aada ellen lilja minna satu leena kaisa riikka
jukka mikko juha timo matti ville antti jussi jari pekka kari petri joonas eetu onni väinö eino
ingrid astrid karin elin sara emma ida maja elsa eva kristina alice ebba wilma saga freja linnea nora emilie thea ella
sofie frida clara mathilde erik lars anders johan nils olof oskar mikael per peter jonas lucas william oliver noah
elias hugo liam emil magnus henrik jakob mads frederik kasper morten ola silje hanne marit tone randi ingeborg
solveig ole knud jens søren mette lene
lena sophie lea hannah mia anja petra sabine lisa sarah katharina ursula claudia andrea nicole stefan thomas michael
andreas paul max felix leon ben finn tim daniel christian markus frank jürgen klaus uwe
olga natalia natalja irina tatjana tatiana svetlana jekaterina ekaterina darja daria alina yulia julija jelena elena
anastasia kseniya ksenia valentina ludmila galina nadezhda nadezda oksana olena iryna viktoria tetiana halyna olha
nadia ivan aleksei alexei aleksejs dmitri dmitry sergei sergey sergejs mikhail nikolai aleksandr alexander vladimir
pavel maksim artem evgeny oleg igor yuri oleksandr andriy vasyl dmytro serhiy mykola bohdan taras
ioana andreea mihaela mariana alexandru ionut gheorghe florin
minh linh hoa lan mai thao huong tuan duc hung
chioma blessing precious joy favour mercy grace esther
vanessa melissa larissa
ania kasia basia gosia asia zosia magda marysia маша наташа оля катя таня света даша настя
mohammed muhammad mohamed mohammad ahmed ahmad hassan hussein omar yusuf ibrahim mustafa karim samir tariq bilal
fatima amina aisha maryam zainab leila layla yasmin samira
andrei mihai ion ana elena cristina gabriela ionela
kateryna yana anastasiia sofiia mariia viktoriia dmytro maksym volodymyr
анна мария елена ольга наталья ирина татьяна светлана екатерина дарья алина юлия анастасия ксения виктория полина
софия валентина людмила галина надежда оксана иван алексей дмитрий сергей андрей михаил николай александр
владимир павел максим артём евгений олег игорь юрий
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/u).filter(Boolean));
