// GraphQL type SeriesTheme: the theme a series stores, with what a page needs to wear it.
import { Field, ObjectType } from '@nestjs/graphql';
import { JSONObjectScalar } from '../../common/graphql/json.scalar.js';
import { LocalizedString } from '../../common/localized/localized-string.model.js';

@ObjectType('SeriesTheme', { description: "A series' own theme: stored with the series (a preset copied in, or the organizers' own)." })
export class SeriesThemeModel {
  @Field({ description: "The theme's key, e.g. central-asia or the series slug; shown to stylesheets as --caravan-theme." })
  key: string;

  @Field({ description: 'Name of the theme, for organizers.' })
  name: string;

  @Field({ description: 'CSS custom property declarations, one per line, for `:root { ... }`: colours, fonts, type sizes and the ornament.' })
  cssVariables: string;

  @Field({ description: 'The ornament tile as SVG text (a built-in motif, or the sanitised upload).' })
  ornamentSvg: string;

  @Field(() => LocalizedString, { description: 'Alternative text of the ornament band.' })
  ornamentAlt: LocalizedString;

  @Field(() => JSONObjectScalar, { description: 'The stored theme as data (the ZStoredTheme shape of @caravan/themes), e.g. to start a custom theme from.' })
  stored: Record<string, unknown>;
}
