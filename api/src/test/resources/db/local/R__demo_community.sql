-- Local profile only: a demo community to join in the README walk-through.
INSERT IGNORE INTO community (name, district, created_at, updated_at)
VALUES ('阳光社区（演示）', '演示街道', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3));
