/**
 * The nine unsur of the SKM (Permenpan RB 14/2017). Answers are keyed by code, not by question
 * order, because printed questionnaires differ in order (many ask Sarana before Pengaduan).
 */
export const UNSUR_CODES = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;

export type UnsurCode = (typeof UNSUR_CODES)[number];

/** Score 1 = the first (worst) answer label … 4 = the last (best). */
export const SCORES = [1, 2, 3, 4] as const;

export type Score = (typeof SCORES)[number];

export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

export type AnswerLabels = readonly [LocalizedText, LocalizedText, LocalizedText, LocalizedText];

export interface Unsur {
  readonly code: UnsurCode;
  readonly name: LocalizedText;
  readonly question: LocalizedText;
  /** Index 0 is the label for score 1. */
  readonly labels: AnswerLabels;
}

function labels(id: readonly [string, string, string, string], en: readonly [string, string, string, string]): AnswerLabels {
  return [
    { id: id[0], en: en[0] },
    { id: id[1], en: en[1] },
    { id: id[2], en: en[2] },
    { id: id[3], en: en[3] },
  ];
}

export const UNSUR: readonly Unsur[] = [
  {
    code: 'U1',
    name: { id: 'Persyaratan', en: 'Requirements' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      en: 'What is your opinion of how well the service requirements match the type of service?',
    },
    labels: labels(
      ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
      ['Not appropriate', 'Less appropriate', 'Appropriate', 'Very appropriate'],
    ),
  },
  {
    code: 'U2',
    name: { id: 'Sistem, Mekanisme, dan Prosedur', en: 'Systems, Mechanisms, and Procedures' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      en: 'What is your opinion of how easy the service procedure at this unit is?',
    },
    labels: labels(
      ['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'],
      ['Not easy', 'Less easy', 'Easy', 'Very easy'],
    ),
  },
  {
    code: 'U3',
    name: { id: 'Waktu Penyelesaian', en: 'Completion Time' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      en: 'What is your opinion of how quickly the service is delivered?',
    },
    labels: labels(
      ['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'],
      ['Not fast', 'Less fast', 'Fast', 'Very fast'],
    ),
  },
  {
    code: 'U4',
    name: { id: 'Biaya/Tarif', en: 'Cost/Fee' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      en: 'What is your opinion of how reasonable the cost/fee of the service is?',
    },
    labels: labels(['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'], ['Very expensive', 'Fairly expensive', 'Cheap', 'Free']),
  },
  {
    code: 'U5',
    name: { id: 'Produk Spesifikasi Jenis Pelayanan', en: 'Product Specification of the Service Type' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      en: 'What is your opinion of how well the service product delivered matches what is stated in the service standard?',
    },
    labels: labels(
      ['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'],
      ['Not appropriate', 'Less appropriate', 'Appropriate', 'Very appropriate'],
    ),
  },
  {
    code: 'U6',
    name: { id: 'Kompetensi Pelaksana', en: 'Staff Competence' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      en: 'What is your opinion of the competence/ability of the staff in providing the service?',
    },
    labels: labels(
      ['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'],
      ['Not competent', 'Less competent', 'Competent', 'Very competent'],
    ),
  },
  {
    code: 'U7',
    name: { id: 'Perilaku Pelaksana', en: 'Staff Conduct' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      en: 'What is your opinion of the staff’s conduct in providing the service, regarding politeness and friendliness?',
    },
    labels: labels(
      ['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'],
      ['Not polite and friendly', 'Less polite and friendly', 'Polite and friendly', 'Very polite and friendly'],
    ),
  },
  {
    code: 'U8',
    name: { id: 'Sarana dan prasarana', en: 'Facilities and Infrastructure' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      en: 'What is your opinion of the quality of the facilities and infrastructure?',
    },
    labels: labels(['Buruk', 'Cukup', 'Baik', 'Sangat Baik'], ['Poor', 'Fair', 'Good', 'Very good']),
  },
  {
    code: 'U9',
    name: { id: 'Penanganan Pengaduan, Saran dan Masukan', en: 'Handling of Complaints, Suggestions and Feedback' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      en: 'What is your opinion of how complaints from service users are handled?',
    },
    labels: labels(
      ['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'],
      ['None', 'Exists but does not work', 'Works, but not to the full', 'Well managed'],
    ),
  },
];

export function isUnsurCode(value: string): value is UnsurCode {
  return (UNSUR_CODES as readonly string[]).includes(value);
}
