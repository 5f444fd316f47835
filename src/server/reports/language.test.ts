import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe(detectLanguage.name, () => {
  it.each([
    ['en', 'Two women holding hands were followed and threatened outside a bar in the Village.'],
    ['en', 'Antisemitic leaflets pushed through doors on a residential street.'],
    ['ur', 'آج صبح اسکول کے گیٹ کے باہر دو آدمیوں نے مجھ پر اور میری بیٹی پر نسلی گالیاں دیں'],
    ['ar', 'صرخ رجال بشتائم علي وعلى ابنتي خارج بوابة المدرسة وبصقوا علينا'],
    ['pl', 'Dwóch mężczyzn krzyczało na mnie i moją córkę przed bramą szkoły i pluli na nas'],
    ['cy', 'Gwaeddodd dynion arnaf fi a fy merch y tu allan i gât yr ysgol a phoeri arnom ni'],
    ['pa', 'ਸਕੂਲ ਦੇ ਗੇਟ ਦੇ ਬਾਹਰ ਆਦਮੀਆਂ ਨੇ ਮੇਰੇ ਅਤੇ ਮੇਰੀ ਧੀ ਨਾਲ ਗਾਲੀ ਗਲੋਚ ਕੀਤਾ'],
    ['bn', 'স্কুলের গেটের বাইরে লোকেরা আমাকে এবং আমার মেয়েকে গালি দিয়েছে এবং থুতু দিয়েছে'],
  ])('should recognise %s', (expected, text) => {
    expect(detectLanguage(text)).toEqual({ language: expected, detected: true });
  });

  it('should fall back to the hint, or undetermined, on a text too short to tell', () => {
    expect(detectLanguage('Help', 'ur')).toEqual({ language: 'ur', detected: false });
    expect(detectLanguage('Help')).toEqual({ language: 'und', detected: false });
  });
});
