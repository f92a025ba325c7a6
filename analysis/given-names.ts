/**
 * Given names that news writing pairs with "he" or with "she" nearly always, for pronoun resolution:
 * "Hillary Clinton" is not who "he told ABC" refers to, however recently she was named.
 *
 * Only a hint for the resolver. A pronoun the article itself uses for a person, or a gendered role word
 * ("spokeswoman", "Mr."), decides first; names borne by men and women alike (Jordan, Alex, Robin, Kim,
 * Jean, Andrea) are left out, and so is any name the list does not hold. Lower case, written as the
 * resolver's `bareWord` gives them (no accents folded).
 */
const MALE = `
aaron abdul abdullah abiy abraham adam adrian ahmad ahmed alan albert alejandro alexander alexei alfred
ali alistair amir anders andrei andres andrew angus anthony anton antonin antonio arnold arthur axel
barack barry ben benjamin bernard bernie beto bill billy bob bobby bola boris brad bradley brandon
brendan brett brian bruce bryan carl carlos charles christian christopher chuck clarence claude clint
colin conor craig curtis cyril dan daniel danny darrell dave david dean dennis derek dick diego dmitry
dominic don donald doug douglas duncan dwight ebrahim ed eddie edward elijah elon emmanuel enrique eric
erik ernest eugene evan fabio felix fernando francis francisco frank franklin fred frederick gabriel
gareth gary gavin geoffrey george gerald gerard gilbert giorgio giovanni giuseppe glen glenn gordon
graham greg gregory gustavo hamid hans harold harry hassan hector henry herbert howard hugh hugo hussein
ian igor imran isaac ivan jack jacob jair jake jamal james jared jason javier jay jeb jeff jeffery
jeffrey jens jeremy jerome jerry jesse jim jimmy joe joel johan john johnny jon jonathan jorge jose
joseph josh joshua juan julian justin karl keir keith ken kenneth kevin khalid kirk kurt kyle lance
larry lars lawrence leon leonard liam lloyd louis luca lucas luis luiz luke mahmoud malcolm manuel marc
marco marcus mario mark martin marvin matt matthew maurice max maxim michael miguel mike mikhail mitch
mitt mohamed mohammad mohammed muhammad muhammadu naftali narendra nasser nathan nayib neil newt
nicholas nick nicolas nigel noah noam norman olaf oleg oliver omar oscar owen pablo patrick paul pedro
pete peter phil philip pierre rafael rahul ralph ramon rand randy raul ray raymond recep reggie reince
rex ricardo richard rick rishi rob robert roberto rodrigo roger roland ron ronald ross roy rudy rupert
russell ryan salman samuel scott sean sebastian sergei sergey seth shane shawn shehbaz simon stan
stanley stefan stephen steve steven stuart ted theodore thomas tim timothy todd tom tommy tony travis
trevor troy uhuru ulrich victor vincent vivek vladimir volodymyr walter warren wayne wesley william
willie xavier yair yoweri yuri yusuf zachary
`;

const FEMALE = `
abby abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia
angela angelina anita ann anna annalena anne annette antonia april barbara beatrice becky benazir betsy
betty beverly bianca bonnie brenda bridget brittany camila carla carmen carol caroline carolyn catherine
cecile cecilia charlotte chelsea cheryl christina christine claire clara claudia colleen condoleezza
connie cristina cynthia daisy danielle daphne debbie deborah debra denise diana diane dilma dolores
donna doris dorothy droupadi edith elaine eleanor elena elisabeth elise eliza elizabeth ella ellen emily
emma erica erin esther eva eve evelyn fatima fiona florence frances gabriela gabrielle gail geraldine
gina giorgia giulia gloria grace greta gwen hannah harriet heather heidi helen hilda hillary holly huma
ilhan ingrid irene isabel isabella ivanka jacinda jacqueline jane janet janice jeanne jennifer jenny
jessica jill joan joanna joanne jodi josephine joy joyce judith judy julia julie kamala karen kate
katherine kathleen kathryn kathy katie katrina kayla kellyanne kirsten kristen kristin laura lauren
laurie leah linda lisa liz lori lorraine louise lucy lydia madeleine madison maggie marcia margaret
maria marian marie marilyn marina marjorie marsha martha mary maryam maxine megan megyn melania melanie
melissa meredith mette michele michelle mildred miriam molly monica nadia nancy naomi natalia natalie
natasha nell nicole nikki nina nirmala nora norah olga olivia pamela patricia patti paula pauline peggy
penny phyllis priscilla rachel rebecca regina rita roberta rosa rosalind rose rosemary roxanne ruby ruth
sabrina sally samantha sandra sanna sara sarah sharon sheila shelley sheryl shirley silvia smriti sofia
sonia sophia sophie stella stephanie susan suzanne sylvia tamara tammy tanya tara teresa theresa tiffany
tina trisha ursula valentina valerie vanessa vera veronica victoria virginia wanda wendy yasmin yolanda
yvonne zara zoe
`;

const GENDER_OF = new Map<string, 'm' | 'f'>([
  ...MALE.split(/\s+/)
    .filter(Boolean)
    .map((name) => [name, 'm'] as const),
  ...FEMALE.split(/\s+/)
    .filter(Boolean)
    .map((name) => [name, 'f'] as const),
]);

/** 'm' or 'f' for a given name the list holds (lower case), null for any other word. */
export function givenNameGender(word: string): 'm' | 'f' | null {
  return GENDER_OF.get(word) ?? null;
}
