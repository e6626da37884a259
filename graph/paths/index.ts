export { introPath, EGO, type IntroPath, type IntroHop, type IntroPathOptions } from './intro-path';
