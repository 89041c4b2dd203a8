import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { AUTHORITY_KINDS, CreateAuthorityDto } from '../authorities/authority.dto.js';
import { CreateUserDto } from '../councils/user.dto.js';
import { ObligationView } from '../obligations/obligation.dto.js';

/** A body's name and kind, validated as a council's own authority is. */
export class RegisterSharedAuthorityDto extends PickType(CreateAuthorityDto, ['name', 'kind'] as const) {}

export class LinkCouncilDto {
  @ApiProperty({ description: 'The council the body serves' })
  @IsString()
  @Length(1, 36)
  councilId: string;
}

/** A contact's address and name, validated as a council's users are. */
export class SharedContactDto extends PickType(CreateUserDto, ['email', 'name'] as const) {}

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
