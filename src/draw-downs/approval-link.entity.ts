import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';

/**
 * The signed link one approver is e-mailed to agree or refuse one draw-down request from a page, the
 * way an authority answers through its response link. Only its hash is kept; the approver's decision
 * is taken once, by the rule that each approver decides once.
 */
@Entity('approval_links')
@Index(['requestId', 'approverId'])
export class ApprovalLink {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @RefColumn()
  requestId: string;

  @RefColumn()
  approverId: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @InstantColumn()
  expiresAt: Date;

  @InstantColumn()
  createdAt: Date;
}
