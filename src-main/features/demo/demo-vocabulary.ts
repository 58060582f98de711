// The raw material of the demo data: names, places and trades of the Rimini - San Marino area.
// Belfiore codes are the Agenzia delle Entrate's (Z1xx-Z3xx for foreign states).

/** Comma-separated words to a list: long word lists stay readable and out of the formatter's way. */
const list = (text: string): string[] =>
  text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word.length > 0)

export type Place = {
  name: string
  /** Province abbreviation, or RSM for a castello of San Marino. */
  province: string
  /** Postal codes of the place; bigger towns have several. */
  caps: readonly string[]
  /** Belfiore code: where a person born here gets in the codice fiscale. */
  belfiore: string
  /** How many demo customers live here, relative to the other places of the country. */
  weight: number
}

/** Towns of the province of Rimini (and two neighbours), where Italian customers live. */
export const italianTowns: readonly Place[] = [
  {
    name: 'Rimini',
    province: 'RN',
    caps: ['47921', '47922', '47923', '47924'],
    belfiore: 'H294',
    weight: 30,
  },
  { name: 'Riccione', province: 'RN', caps: ['47838'], belfiore: 'H274', weight: 10 },
  { name: 'Cattolica', province: 'RN', caps: ['47841'], belfiore: 'C357', weight: 6 },
  {
    name: 'Santarcangelo di Romagna',
    province: 'RN',
    caps: ['47822'],
    belfiore: 'I304',
    weight: 6,
  },
  { name: 'Bellaria-Igea Marina', province: 'RN', caps: ['47814'], belfiore: 'A747', weight: 5 },
  { name: 'Misano Adriatico', province: 'RN', caps: ['47843'], belfiore: 'F244', weight: 4 },
  { name: 'Coriano', province: 'RN', caps: ['47853'], belfiore: 'D004', weight: 3 },
  { name: 'Verucchio', province: 'RN', caps: ['47826'], belfiore: 'L797', weight: 3 },
  { name: 'Novafeltria', province: 'RN', caps: ['47863'], belfiore: 'F137', weight: 3 },
  { name: 'San Leo', province: 'RN', caps: ['47865'], belfiore: 'H949', weight: 2 },
  { name: 'Pennabilli', province: 'RN', caps: ['47864'], belfiore: 'G433', weight: 1 },
  { name: 'Morciano di Romagna', province: 'RN', caps: ['47833'], belfiore: 'F715', weight: 2 },
  {
    name: 'San Giovanni in Marignano',
    province: 'RN',
    caps: ['47842'],
    belfiore: 'H921',
    weight: 2,
  },
  { name: 'Pesaro', province: 'PU', caps: ['61121', '61122'], belfiore: 'G479', weight: 2 },
  { name: 'Cesena', province: 'FC', caps: ['47521', '47522'], belfiore: 'C573', weight: 2 },
]

/** The nine castelli of San Marino (and Dogana, the biggest frazione) with their postal codes. */
export const sanMarinoCastelli: readonly Omit<Place, 'belfiore'>[] = [
  { name: 'Città di San Marino', province: 'RSM', caps: ['47890'], weight: 5 },
  { name: 'Serravalle', province: 'RSM', caps: ['47899'], weight: 9 },
  { name: 'Dogana', province: 'RSM', caps: ['47891'], weight: 6 },
  { name: 'Borgo Maggiore', province: 'RSM', caps: ['47893'], weight: 6 },
  { name: 'Domagnano', province: 'RSM', caps: ['47895'], weight: 3 },
  { name: 'Fiorentino', province: 'RSM', caps: ['47897'], weight: 2 },
  { name: 'Faetano', province: 'RSM', caps: ['47896'], weight: 1 },
  { name: 'Acquaviva', province: 'RSM', caps: ['47892'], weight: 2 },
  { name: 'Chiesanuova', province: 'RSM', caps: ['47894'], weight: 1 },
  { name: 'Montegiardino', province: 'RSM', caps: ['47898'], weight: 1 },
]

/** Where customers were born when not in a town above: other Italian cities. */
export const otherBirthPlaces: readonly { name: string; belfiore: string; weight: number }[] = [
  { name: 'Bologna', belfiore: 'A944', weight: 4 },
  { name: 'Forlì', belfiore: 'D704', weight: 3 },
  { name: 'Ravenna', belfiore: 'H199', weight: 2 },
  { name: 'Urbino', belfiore: 'L500', weight: 2 },
  { name: 'Fano', belfiore: 'D488', weight: 1 },
  { name: 'Roma', belfiore: 'H501', weight: 3 },
  { name: 'Milano', belfiore: 'F205', weight: 3 },
  { name: 'Torino', belfiore: 'L219', weight: 1 },
  { name: 'Firenze', belfiore: 'D612', weight: 1 },
  { name: 'Napoli', belfiore: 'F839', weight: 2 },
  { name: 'Bari', belfiore: 'A662', weight: 1 },
  { name: 'Palermo', belfiore: 'G273', weight: 1 },
]

/** Foreign states customers were born in (besides San Marino, Z130). */
export const foreignBirthStates: readonly { name: string; belfiore: string; weight: number }[] = [
  { name: 'Albania', belfiore: 'Z100', weight: 2 },
  { name: 'Romania', belfiore: 'Z129', weight: 2 },
  { name: 'Germania', belfiore: 'Z112', weight: 1 },
  { name: 'Marocco', belfiore: 'Z330', weight: 1 },
]

export const maleNames: readonly string[] = list(`
  Marco, Luca, Andrea, Giuseppe, Francesco, Alessandro, Matteo, Lorenzo, Davide, Stefano,
  Paolo, Giovanni, Roberto, Massimo, Simone, Federico, Riccardo, Fabio, Claudio, Alberto,
  Gianluca, Maurizio, Enrico, Daniele, Mario, Nicolò, Tommaso, Emanuele, Gianfranco,
  Pierluigi, Filippo, Michele, Sergio, Franco, Luigi, Antonio, Giorgio, Leonardo,
  Gabriele, Cristian, Ivo, Ugo, Elia
`)

export const femaleNames: readonly string[] = list(`
  Giulia, Francesca, Chiara, Sara, Elena, Martina, Valentina, Alessia, Federica, Silvia,
  Laura, Paola, Anna, Maria, Roberta, Cristina, Monica, Barbara, Elisa, Giorgia, Ilaria,
  Beatrice, Sofia, Aurora, Alice, Emma, Daniela, Manuela, Patrizia, Luisa, Antonella,
  Michela, Debora, Noemi, Marisa, Rosanna, Gloria, Eva, Ada
`)

/** Surnames of Romagna and San Marino, with a few that test the codice fiscale's edge cases. */
export const surnames: readonly string[] = list(`
  Gasperoni, Ceccoli, Della Valle, Selva, Tura, Bollini, Guidi, Casadei, Berardi,
  Muccioli, Giardi, Stefanelli, Zafferani, Righi, Mularoni, Valentini, Montanari, Fabbri,
  Bianchi, Rossi, Ricci, Gori, Pazzini, Semprini, Bertozzi, Tonini, Angelini, Cenci,
  Mancini, Ugolini, Rinaldi, Benvenuti, Lazzarini, Giovagnoli, Conti, Gatti, Marchetti,
  Franchini, Bernardi, Canini, Maiani, Michelotti, Bevitori, Capicchioni, Ercolani,
  Frisoni, Lonfernini, Renzi, Moretti, Romagnoli, Foschi, Magnani, D'Angelo, Dall'Ara,
  De Luca, Fo, Re, Bugli, Crescentini, Mazza, Sartini, Bucci, Macina, Morri, Pari,
  Raschi, Galli, Tamagnini, Vitali, Zonzini, Fiorini, Balducci, Santi, Mussoni
`)

export const streets: readonly string[] = list(`
  Via Roma, Via Garibaldi, Via Mazzini, Via XX Settembre, Via Dante Alighieri,
  Via Flaminia, Via Emilia, Via Marecchiese, Via del Mare, Via dei Mille,
  Viale Regina Margherita, Via Covignano, Via Circonvallazione, Via Giuseppe Verdi,
  Via della Repubblica, Via Matteotti, Via Gramsci, Via Leopardi, Via delle Rose,
  Via dei Tigli, Via Trieste, Via Tripoli, Viale Ceccarini, Via Risorgimento,
  Via Sant'Agostino, Via IV Novembre, Via Montefeltro, Via Carducci, Via Pascoli
`)

export const sanMarinoStreets: readonly string[] = list(`
  Via III Settembre, Via Gino Giacomini, Via Ca' dei Lunghi, Strada di Paderna,
  Via del Serrone, Via Piana, Via Ranco, Via della Tana, Via Sette Giugno, Strada Cardio,
  Via Bertoldi, Via Consiglio dei Sessanta, Via Fratelli Bandiera, Piazzale Lo Stradone,
  Via Cà Martino, Via del Bando, Via Rancaglia, Via Napoleone
`)

/** Trades of small businesses; `{s}` is a surname, `{n}` a given name. */
export const businessPatterns: readonly string[] = list(`
  Ferramenta {s}, Hotel Miramare di {s}, Hotel Bellavista, Hotel Titano,
  Hotel Villa Rosa, Ristorante Da {n}, Pizzeria {n}, Bar Centrale di {s}, Panificio {s},
  Autofficina {s}, Carrozzeria {s}, Studio Tecnico {s}, Studio Legale {s},
  Tipografia {s}, Farmacia {s}, Gelateria {n}, Macelleria {s}, Elettrauto {s},
  Lavanderia {s}, Bagno {n} {s}, Agriturismo Ca' {s}, Cantina {s}, Falegnameria {s},
  Impianti Elettrici {s}, Idraulica {s}, Parrucchiera {n}, Ottica {s}
`)

export const legalForms: readonly (readonly [string, number])[] = [
  ['S.r.l.', 5],
  ['S.n.c.', 2],
  ['S.a.s.', 1],
  ['S.p.A.', 0.5],
  ['S.r.l.s.', 1],
  ['', 2],
]

/** Italian mobile network prefixes. */
export const italianMobilePrefixes: readonly string[] = list(`
  320, 327, 328, 329, 330, 331, 333, 334, 335, 336, 338, 339, 340, 342, 345, 346, 347,
  348, 349, 351, 366, 368, 371, 377, 380, 388, 389, 392, 393
`)

/**
 * Mail domains under the reserved `.example` top-level domain (RFC 2606): a demo counter sends
 * real mail in its flows, and demo data must never reach a stranger's mailbox.
 */
export const personalMailDomains: readonly string[] = [
  'posta.example',
  'mail.example',
  'email.example',
  'rete.example',
]
export const sanMarinoMailDomains: readonly string[] = ['titano.example', 'posta.sm.example']
