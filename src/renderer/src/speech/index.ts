/** Speaking on every screen: the office PC's own voice, never the browser's. */
export { prepareSpeech, speak, stopSpeaking } from './speak';
export { playAudio } from './playAudio';
