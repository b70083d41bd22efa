/**
 * The home page's and the city phone page's own parts, on top of the booking pages' frame (bookingFrame.ts:
 * the same palette, type and cards). Mobile first; touch targets at least 3rem (51 px).
 */
export const CITY_STYLE = `
.hero{padding:.4rem 0 .2rem}.hero h1{font-size:1.8rem}
.entry{display:grid;gap:.75rem;margin:1rem 0}
.entry .card h2{margin:0 0 .3rem;font-size:1.25rem}.entry .card p{margin:.2rem 0 .8rem;color:var(--mist)}
.entry .button{width:100%;min-height:3.2rem;font-size:1.1rem}
form.code-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}
form.code-form label{display:grid;gap:.3rem;font-weight:700;flex:1 1 12rem}
form.code-form input{font:800 1.25rem 'DejaVu Sans Mono',monospace;letter-spacing:.05em;text-transform:uppercase;min-height:3.2rem;width:100%;padding:.3rem .7rem;border-radius:.7rem;border:.15rem solid var(--mist);background:#fff;color:var(--ink)}
form.code-form .button{width:auto;flex:0 0 auto}
nav.jump{display:flex;flex-wrap:wrap;gap:.5rem;padding:.2rem 0 .4rem;margin:0 0 .4rem}
ul.cards{align-items:start}
nav.jump a{flex:0 0 auto;display:inline-flex;align-items:center;min-height:3rem;padding:0 1rem;border-radius:999px;background:var(--navy-700);border:.12rem solid var(--navy-600);color:#fff;font-weight:700;text-decoration:none}
section.part{margin-top:1.6rem;scroll-margin-top:1rem}section.part>h2{font-size:1.45rem;margin:0 0 .3rem}
.head{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.4rem .8rem;margin-bottom:.5rem}
.head .name{font-size:1.2rem;font-weight:800;margin:0}
h3.sub-title{font-size:1.2rem;margin:1.2rem 0 .6rem}.trend-title{margin:.6rem 0 0;font-weight:600}
.age{display:inline-flex;align-items:center;gap:.35rem;border-radius:999px;padding:.15rem .7rem;font-weight:700;font-size:.9rem;background:var(--ok-bg);color:var(--ok-ink)}
.age::before{content:'';width:.55rem;height:.55rem;border-radius:50%;background:currentColor}
.age.old{background:#e4e8ee;color:#2c3a4f}
.old-note{margin:.2rem 0 0;color:var(--mist)}
ul.svcs{list-style:none;margin:0;padding:0;display:grid;gap:.45rem}
.svc{display:grid;grid-template-columns:1fr auto;gap:.1rem .8rem;align-items:center;background:var(--navy-800);border-radius:.7rem;padding:.55rem .75rem}
.svc .sname{font-weight:700}.svc .count{grid-row:span 2;text-align:right;font-size:1.6rem;font-weight:800;line-height:1}
.svc .count small{display:block;font-size:.8rem;font-weight:600;color:var(--mist)}.svc .wait{color:var(--mist);font-size:.95rem}
.svc.closed .count{font-size:1rem;color:var(--mist)}
ul.stops{list-style:none;margin:.3rem 0 0;padding:0;display:grid;gap:.4rem}
ul.stops li{background:var(--navy-800);border-radius:.7rem;padding:.5rem .75rem}ul.stops .when{display:block;color:var(--mist);font-size:.95rem}
.score{display:flex;align-items:center;gap:.9rem;margin:.4rem 0}
.score .konversi{font-size:2.4rem;font-weight:800;line-height:1}
.mutu-badge{display:grid;place-items:center;width:3rem;height:3rem;border-radius:.8rem;background:var(--accent);color:var(--ink);font-size:1.6rem;font-weight:800}
.score .kin{display:grid}.score .kin b{font-size:1.1rem}.score .kin span{color:var(--mist)}
.trend{display:flex;align-items:flex-end;gap:.5rem;height:7.5rem;margin:.6rem 0 .2rem;padding:.4rem .4rem 0;border-bottom:.12rem solid var(--navy-600)}
.trend .col{flex:1;display:flex;flex-direction:column;align-items:center;justify-content:flex-end;height:100%;gap:.2rem;min-width:0}
.trend .bar{width:100%;max-width:3.2rem;border-radius:.4rem .4rem 0 0;background:var(--mist)}.trend .col.now .bar{background:var(--accent)}
.trend .val{font-size:.85rem;font-weight:700}.trend .none{font-size:.75rem;color:var(--mist);text-align:center}
.trend-labels{display:flex;gap:.5rem;padding:0 .4rem}.trend-labels span{flex:1;text-align:center;font-size:.8rem;color:var(--mist);min-width:0}
h4.agencies-title{margin:.8rem 0 .3rem;font-size:1rem;color:var(--mist);font-weight:600}
ul.agencies{list-style:none;margin:0;padding:0;display:grid;gap:.35rem}
ul.agencies li{display:grid;grid-template-columns:1fr auto;gap:0 .8rem;align-items:center;background:var(--navy-800);border-radius:.7rem;padding:.45rem .75rem}
ul.agencies .aname{font-weight:700;min-width:0}ul.agencies .afull{grid-column:1;color:var(--mist);font-size:.85rem;min-width:0}
ul.agencies .ascore{grid-row:span 2;grid-column:2;text-align:right;font-size:1.35rem;font-weight:800;line-height:1.1;font-variant-numeric:tabular-nums}
ul.agencies .ascore small{display:block;font-size:.8rem;font-weight:600;color:var(--mist)}ul.agencies .ascore.none{font-size:.9rem;font-weight:600;color:var(--mist)}
details.more{margin-top:.6rem}details.more summary{min-height:3rem;display:flex;align-items:center;font-weight:700;cursor:pointer;color:var(--accent-strong)}
table.unsur{width:100%;border-collapse:collapse;font-size:.95rem}table.unsur th,table.unsur td{padding:.35rem .3rem;border-bottom:.08rem solid var(--navy-600);text-align:left}
table.unsur th{color:var(--mist);font-weight:600}table.unsur td.num,table.unsur th.num{text-align:right;font-variant-numeric:tabular-nums}
details.office{padding:0}details.office>summary{list-style:none;display:flex;align-items:center;justify-content:space-between;gap:.6rem;min-height:3.6rem;padding:.6rem 1rem;font-weight:800;font-size:1.15rem;cursor:pointer}
details.office>summary::after{content:'+';font-size:1.5rem;color:var(--accent-strong)}details.office[open]>summary::after{content:'−'}
details.office .inner{padding:0 1rem 1rem;display:grid;gap:.7rem}details.office .inner>.svc-std{background:var(--navy-800);border-radius:.7rem;padding:.7rem .85rem}
.phone-col{max-width:32rem;margin:0 auto}
.ptick{background:#fff;color:var(--ink);border-radius:var(--radius);padding:1.2rem;display:grid;gap:.5rem;text-align:center}
.ptick .office{font-weight:700;color:#33445c}.ptick .label{font:800 3.4rem/1 'DejaVu Sans Mono',monospace;letter-spacing:.04em}
.ptick .svcname{font-weight:700;font-size:1.1rem}.ptick .status{font-size:1.5rem;font-weight:800;margin:.4rem 0 0}.ptick .sub{font-weight:600;color:#33445c}
.ptick.called{background:var(--accent)}.ptick.called .office,.ptick.called .sub{color:var(--ink)}
.ptick .age{justify-self:center}
@media (min-width:60rem){.entry{grid-template-columns:1fr 1fr}.hero h1{font-size:2.2rem}}
`;
