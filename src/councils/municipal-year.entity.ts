import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateColumn, IdColumn, RefColumn } from '../common/database/columns.js';
import { Council } from './council.entity.js';

/** From one annual council meeting (May) to the next, labelled like `2016-17`. */
@Entity('municipal_years')
@Index(['councilId', 'label'], { unique: true })
export class MunicipalYear {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<Council>;

  @Column({ type: 'varchar', length: 7 })
  label: string;

  @DateColumn()
  startsOn: string;

  @DateColumn()
  endsOn: string;
}
