package atomic

type Int64 struct{ v int64 }

func (x *Int64) Add(d int64) int64
func (x *Int64) Load() int64
func (x *Int64) Store(v int64)

type Int32 struct{ v int32 }

func (x *Int32) Add(d int32) int32
func (x *Int32) Load() int32
func (x *Int32) Store(v int32)

func AddInt64(p *int64, d int64) int64
func AddInt32(p *int32, d int32) int32
func LoadInt64(p *int64) int64
