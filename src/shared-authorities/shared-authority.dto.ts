import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, Length } from 'class-validator';
import { AUTHORITY_KINDS, type AuthorityKind } from '../authorities/authority.dto.js';
import { ObligationView } from '../obligations/obligation.dto.js';

export class RegisterSharedAuthorityDto {
  @ApiProperty({ example: 'Kent Police' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: AUTHORITY_KINDS })
  @IsIn(AUTHORITY_KINDS)
  kind: AuthorityKind;
}

export class LinkCouncilDto {
  @ApiProperty({ description: 'The council the body serves' })
  @IsString()
  @Length(1, 36)
  councilId: string;
}

export class SharedContactDto {
  @ApiProperty({ example: 'partnerships@kent.police.uk' })
  @IsEmail()
  email: string;

  @ApiProperty({ example: 'Partnerships Team' })
  @IsString()
  @Length(1, 200)
  name: string;
}

export class SharedAuthorityView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: AUTHORITY_KINDS }) kind: string;
  @ApiProperty({ type: [String], description: 'The councils it is linked to' }) councilIds: string[];
}

export class SharedContactCreatedView {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'Their bearer token, shown only this once' }) token: string;
  @ApiProperty({ description: 'Their calendar feed of every council’s open obligations, shown only this once' }) feedUrl: string;
}

export class CouncilObligationsView {
  @ApiProperty() councilId: string;
  @ApiProperty() councilName: string;
  @ApiProperty({ description: "The council's own record of the body" }) authorityId: string;
  @ApiProperty({ type: [ObligationView], description: 'Earliest due first; exempt information withheld' }) obligations: ObligationView[];
}

export class SharedObligationsView {
  @ApiProperty() authorityName: string;
  @ApiProperty({ type: [CouncilObligationsView], description: 'By council, in the order of their names' }) councils: CouncilObligationsView[];
}
