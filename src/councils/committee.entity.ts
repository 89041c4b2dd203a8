import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import { Council } from './council.entity.js';


/** A committee of the council, e.g. the Crime and Disorder (Overview and Scrutiny) Committee. */
@Entity('committees')
@Index(['councilId', 'name'], { unique: true })
export class Committee {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<Council>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @InstantColumn()
  createdAt: Date;
}
